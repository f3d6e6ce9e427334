package cn.xinjiuye.portal.governance;

import cn.xinjiuye.portal.dashboard.Chart;
import cn.xinjiuye.portal.dashboard.Figure;
import cn.xinjiuye.portal.dashboard.FigureSource;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.dashboard.Rollups;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The governance figures of the dashboard: cases found and solved in the period, solved on time and the on-time
 * rate, concern-list items of the Friday reception room, and cases overdue today.
 */
@Component
@Order(30)
class CaseFigures implements FigureSource {

    static final String FOUND = "dashboard.fig.casesFound";
    static final String SOLVED = "dashboard.fig.casesSolved";
    static final String ON_TIME = "dashboard.fig.casesOnTime";
    static final String ON_TIME_RATE = "dashboard.fig.casesOnTimeRate";
    static final String CONCERNS = "dashboard.fig.concernItems";
    static final String OVERDUE = "dashboard.fig.casesOverdue";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;

    CaseFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "dashboard.section.cases";
    }

    @Override
    public List<Figure> figures() {
        return List.of(new Figure(FOUND, true), new Figure(SOLVED, true), new Figure(ON_TIME, true),
                new Figure(ON_TIME_RATE, true), new Figure(CONCERNS, true), new Figure(OVERDUE, false));
    }

    static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(CHINA).toInstant());
    }

    @Override
    public Map<String, Map<String, Number>> compute(RegionGrouping g, Period period) {
        Map<String, Map<String, Number>> values = new HashMap<>();
        Timestamp from = startOf(period.from());
        Timestamp to = startOf(period.to());
        LocalDate today = LocalDate.now(CHINA);
        // One pass over the subtree's cases: what was found, solved (on time) in the period, and what is overdue now.
        Rollups.collect(jdbc, """
                select k, count(*) filter (where found), count(*) filter (where solved),
                       count(*) filter (where solved and on_time),
                       round(100.0 * count(*) filter (where solved and on_time) / nullif(count(*) filter (where solved), 0), 1),
                       count(*) filter (where found and source = 'RECEPTION'), count(*) filter (where overdue)
                  from (select %s k, c.source,
                               c.submitted_at >= ? and c.submitted_at < ? and c.status <> 'REJECTED' found,
                               c.resolved_at >= ? and c.resolved_at < ? solved,
                               c.due_on is null or (c.resolved_at at time zone 'Asia/Shanghai')::date <= c.due_on on_time,
                               c.status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS') and c.due_on < ? overdue
                          from gov_case c join region r on r.id = c.community_id
                         where r.path like ? || '%%'
                           and (c.submitted_at >= ? or c.resolved_at >= ? or c.status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS'))) x
                 group by rollup (k)""".formatted(g.childKey("r.path")),
                new Object[] {from, to, from, to, Date.valueOf(today), g.prefix(), from, from}, values,
                FOUND, SOLVED, ON_TIME, ON_TIME_RATE, CONCERNS, OVERDUE);
        return values;
    }

    /** Found against solved by month, the on-time rate by month, and cases by category in the period. */
    @Override
    public List<Chart> charts(RegionGrouping g, Period period) {
        YearMonth first = period.firstChartMonth();
        YearMonth last = period.lastChartMonth();
        Map<String, long[]> byMonth = new HashMap<>();
        Timestamp from = startOf(first.atDay(1));
        Timestamp to = startOf(last.plusMonths(1).atDay(1));
        jdbc.query("""
                select m, sum(f), sum(s), sum(t) from (
                  select to_char(c.submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM') m, 1 f, 0 s, 0 t
                    from gov_case c join region r on r.id = c.community_id
                   where r.path like ? || '%' and c.submitted_at >= ? and c.submitted_at < ? and c.status <> 'REJECTED'
                  union all
                  select to_char(c.resolved_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 0, 1,
                         case when c.due_on is null or (c.resolved_at at time zone 'Asia/Shanghai')::date <= c.due_on then 1 else 0 end
                    from gov_case c join region r on r.id = c.community_id
                   where r.path like ? || '%' and c.resolved_at >= ? and c.resolved_at < ?) x
                 group by m""", rs -> {
                    byMonth.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                }, g.prefix(), from, to, g.prefix(), from, to);
        List<String> months = new ArrayList<>();
        List<Number> found = new ArrayList<>();
        List<Number> solved = new ArrayList<>();
        List<Number> rate = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            long[] v = byMonth.getOrDefault(m.toString(), new long[3]);
            months.add(m.toString());
            found.add(v[0]);
            solved.add(v[1]);
            rate.add(v[1] == 0 ? 0 : Math.round(1000.0 * v[2] / v[1]) / 10.0);
        }
        List<String> categories = new ArrayList<>();
        List<Number> counts = new ArrayList<>();
        jdbc.query("select c.category, count(*) from gov_case c join region r on r.id = c.community_id "
                        + "where r.path like ? || '%' and c.submitted_at >= ? and c.submitted_at < ? group by c.category "
                        + "order by count(*) desc",
                rs -> {
                    categories.add("case.category." + rs.getString(1));
                    counts.add(rs.getLong(2));
                }, g.prefix(), startOf(period.from()), startOf(period.to()));
        return List.of(
                new Chart("cases-by-month", "dashboard.chart.casesByMonth", "bar", months, false,
                        List.of(new Chart.Series(FOUND, found), new Chart.Series(SOLVED, solved))),
                new Chart("cases-on-time", "dashboard.chart.casesOnTime", "line", months, false,
                        List.of(new Chart.Series(ON_TIME_RATE, rate))),
                new Chart("cases-categories", "dashboard.chart.casesCategories", "pie", categories, true,
                        List.of(new Chart.Series(FOUND, counts))));
    }
}
