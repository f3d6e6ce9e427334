package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.dashboard.Chart;
import cn.xinjiuye.portal.dashboard.Figure;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.dashboard.SqlFigures;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The governance figures of the dashboard: cases found and solved in the period, solved on time and the on-time
 * rate, concern-list items and visitors of the Friday reception room, green-channel cases, and cases overdue today.
 */
@Component
@Order(30)
public class CaseFigures extends SqlFigures {

    static final Figure FOUND = Figure.flow("dashboard.fig.casesFound");
    static final Figure SOLVED = Figure.flow("dashboard.fig.casesSolved");
    static final Figure ON_TIME = Figure.flow("dashboard.fig.casesOnTime");
    static final Figure ON_TIME_RATE = Figure.flow("dashboard.fig.casesOnTimeRate");
    static final Figure CONCERNS = Figure.flow("dashboard.fig.concernItems");
    static final Figure OVERDUE = Figure.stock("dashboard.fig.casesOverdue");
    static final Figure VISITORS = Figure.flow("dashboard.fig.receptionVisitors");
    static final Figure STATION_TASKS_OPEN = Figure.stock("dashboard.fig.stationTasksOpen");
    static final Figure GREEN = Figure.flow("dashboard.fig.casesGreenChannel");

    private final Clock clock;

    CaseFigures(JdbcTemplate jdbc, Clock clock) {
        super(
                jdbc,
                "dashboard.section.cases",
                FOUND,
                SOLVED,
                ON_TIME,
                ON_TIME_RATE,
                CONCERNS,
                VISITORS,
                GREEN,
                OVERDUE,
                STATION_TASKS_OPEN);
        this.clock = clock;
    }

    @Override
    public Map<String, Map<String, Number>> compute(RegionGrouping g, Period period) {
        Map<String, Map<String, Number>> values = new HashMap<>();
        // Found, solved and on time come from the monthly summary the triggers of V50 keep current, for the whole
        // months of the period; the days of a month it only partly covers (近12个月 begins and ends inside a month)
        // are counted from the cases themselves, as the triggers count them.
        MonthSpan span = MonthSpan.of(period.from(), period.to());
        String key = g.childKey("r.path");
        String inDays = " >= (?::date)::timestamp at time zone 'Asia/Shanghai' and %1$s < (?::date)::timestamp "
                + "at time zone 'Asia/Shanghai'";
        String foundOnDays = " union all select " + key + " k, 1, 0, 0, case when c.source = 'RECEPTION' then 1 else 0 "
                + "end from gov_case c join region r on r.id = c.community_id where r.path like ? || '%' "
                + "and c.status <> 'REJECTED' and c.submitted_at" + inDays.formatted("c.submitted_at");
        String solvedOnDays = " union all select " + key + " k, 0, 1, case when c.due_on is null or "
                + "(c.resolved_at at time zone 'Asia/Shanghai')::date <= c.due_on then 1 else 0 end, 0 "
                + "from gov_case c join region r on r.id = c.community_id where r.path like ? || '%' "
                + "and c.resolved_at" + inDays.formatted("c.resolved_at");
        StringBuilder sql = new StringBuilder("select k, sum(found), sum(solved), sum(solved_on_time), "
                        + "round(100.0 * sum(solved_on_time) / nullif(sum(solved), 0), 1), sum(concerns) from (select ")
                .append(key)
                .append(" k, s.found, s.solved, s.solved_on_time, s.concerns from case_month_stats s "
                        + "join region r on r.id = s.community_id where r.path like ? || '%' and s.month >= ? "
                        + "and s.month < ?");
        List<Object> args =
                new ArrayList<>(List.of(g.prefix(), Date.valueOf(span.monthsFrom()), Date.valueOf(span.monthsTo())));
        // One branch per edge and figure, so that each is a range of the (community, day) indexes of V86: an OR of
        // two ranges is only a filter, which read every case of each community.
        for (LocalDate[] days : span.edges()) {
            sql.append(foundOnDays).append(solvedOnDays);
            args.addAll(List.of(g.prefix(), days[0], days[1], g.prefix(), days[0], days[1]));
        }
        collect(
                values,
                sql.append(") x group by rollup (k)").toString(),
                args.toArray(),
                FOUND,
                SOLVED,
                ON_TIME,
                ON_TIME_RATE,
                CONCERNS);
        // The Friday reception room (周五会客厅): resident members received in the period.
        collect(
                values,
                "select k, sum(visitors) from (select " + g.childKey("r.path") + " k, s.visitors "
                        + "from reception_session s join region r on r.id = s.community_id where r.path like ? || '%' "
                        + "and s.held_on >= ? and s.held_on < ?) x group by rollup (k)",
                new Object[] {g.prefix(), Date.valueOf(period.from()), Date.valueOf(period.to())},
                VISITORS);
        // The green channel (绿色通道): cases found in the period that took it, counted from the cases themselves.
        collect(
                values,
                "select k, count(*) from (select " + key + " k from gov_case c join region r on r.id = c.community_id "
                        + "where r.path like ? || '%' and c.green_channel and c.status <> 'REJECTED' "
                        + "and c.submitted_at >= (?::date)::timestamp at time zone 'Asia/Shanghai' "
                        + "and c.submitted_at < (?::date)::timestamp at time zone 'Asia/Shanghai') x group by rollup (k)",
                new Object[] {g.prefix(), period.from(), period.to()},
                GREEN);
        // Overdue is a state of today: open cases past their due date (submitted ones past their acceptance limit).
        collect(
                values,
                "select k, count(*) from (select " + g.childKey("r.path") + " k from gov_case c "
                        + "join region r on r.id = c.community_id where r.path like ? || '%' "
                        + "and c.status in " + CaseStatus.WITH_DEADLINE_SQL + " and c.due_on < ?) x "
                        + "group by rollup (k)",
                new Object[] {g.prefix(), Date.valueOf(LocalDate.now(clock))},
                OVERDUE);
        // The station check loop's tasks still open today (驿站问题 cases not yet resolved).
        collect(
                values,
                "select k, count(*) from (select " + g.childKey("r.path") + " k from gov_case c "
                        + "join region r on r.id = c.community_id where r.path like ? || '%' "
                        + "and c.category = 'STATION_PROBLEM' and c.status in " + CaseStatus.WITH_DEADLINE_SQL
                        + ") x group by rollup (k)",
                new Object[] {g.prefix()},
                STATION_TASKS_OPEN);
        return values;
    }

    /**
     * The days [from, to) as the whole months of the monthly summary, [monthsFrom, monthsTo), and the days before and
     * after them, [headFrom, headTo) and [tailFrom, tailTo), each empty when the period starts or ends on a month's
     * first day.
     */
    record MonthSpan(
            LocalDate monthsFrom,
            LocalDate monthsTo,
            LocalDate headFrom,
            LocalDate headTo,
            LocalDate tailFrom,
            LocalDate tailTo) {

        /** The days before and after the whole months that are not empty, each as its [from, to). */
        List<LocalDate[]> edges() {
            return Stream.of(new LocalDate[] {headFrom, headTo}, new LocalDate[] {tailFrom, tailTo})
                    .filter(d -> d[0].isBefore(d[1]))
                    .toList();
        }

        static MonthSpan of(LocalDate from, LocalDate to) {
            LocalDate monthsFrom =
                    from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate monthsTo = to.withDayOfMonth(1);
            LocalDate headTo = monthsFrom.isBefore(to) ? monthsFrom : to;
            LocalDate tailFrom = monthsTo.isAfter(headTo) ? monthsTo : headTo;
            return new MonthSpan(monthsFrom, monthsTo, from, headTo, tailFrom, to);
        }
    }

    /** Found against solved by month, the on-time rate by month, and cases by category in the period. */
    @Override
    public List<Chart> charts(RegionGrouping g, Period period) {
        Map<String, Number> found = new HashMap<>();
        Map<String, Number> solved = new HashMap<>();
        Map<String, Number> rate = new HashMap<>();
        jdbc.query(
                "select to_char(s.month, 'YYYY-MM'), sum(s.found), sum(s.solved), sum(s.solved_on_time) "
                        + "from case_month_stats s join region r on r.id = s.community_id "
                        + "where r.path like ? || '%' and s.month >= ? and s.month < ? group by s.month",
                rs -> {
                    String month = rs.getString(1);
                    long solvedThatMonth = rs.getLong(3);
                    found.put(month, rs.getLong(2));
                    solved.put(month, solvedThatMonth);
                    rate.put(
                            month,
                            solvedThatMonth == 0 ? 0 : Math.round(1000.0 * rs.getLong(4) / solvedThatMonth) / 10.0);
                },
                g.prefix(),
                Date.valueOf(period.chartStart()),
                Date.valueOf(period.chartEnd()));
        List<String> categories = new ArrayList<>();
        List<Number> counts = new ArrayList<>();
        jdbc.query(
                "select s.category, sum(s.found) from case_month_stats s join region r on r.id = s.community_id "
                        + "where r.path like ? || '%' and s.month >= ? and s.month < ? group by s.category "
                        + "having sum(s.found) > 0 order by sum(s.found) desc",
                rs -> {
                    categories.add("case.category." + rs.getString(1));
                    counts.add(rs.getLong(2));
                },
                g.prefix(),
                Date.valueOf(period.from()),
                Date.valueOf(period.to()));
        return List.of(
                new Chart(
                        "cases-by-month",
                        "dashboard.chart.casesByMonth",
                        "bar",
                        period.chartMonths(),
                        false,
                        List.of(
                                new Chart.Series(FOUND.key(), period.monthly(found)),
                                new Chart.Series(SOLVED.key(), period.monthly(solved)))),
                new Chart(
                        "cases-on-time",
                        "dashboard.chart.casesOnTime",
                        "line",
                        period.chartMonths(),
                        false,
                        List.of(new Chart.Series(ON_TIME_RATE.key(), period.monthly(rate)))),
                new Chart(
                        "cases-categories",
                        "dashboard.chart.casesCategories",
                        "pie",
                        categories,
                        true,
                        List.of(new Chart.Series(FOUND.key(), counts))));
    }
}
