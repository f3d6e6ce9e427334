package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.dashboard.Chart;
import cn.xinjiuye.portal.dashboard.Figure;
import cn.xinjiuye.portal.dashboard.FigureSource;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.dashboard.Rollups;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The care figures of the dashboard: aid packages claimed, help given, volunteer hours and donations. */
@Component
@Order(40)
public class CareFigures implements FigureSource {

    static final String PACKAGES = "dashboard.fig.aidPackages";
    static final String CLAIMED = "dashboard.fig.aidPackagesClaimed";
    static final String HELP_VALUE = "dashboard.fig.aidHelpValue";
    static final String ACTIVITIES = "dashboard.fig.volunteerActivities";
    static final String HOURS = "dashboard.fig.volunteerHours";
    static final String SERVED = "dashboard.fig.peopleServed";
    static final String GOODS = "dashboard.fig.goodsDonated";
    static final String RECOGNITIONS = "dashboard.fig.recognitions";

    private final JdbcTemplate jdbc;

    CareFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "dashboard.section.care";
    }

    @Override
    public List<Figure> figures() {
        return List.of(
                new Figure(PACKAGES, false),
                new Figure(CLAIMED, false),
                new Figure(HELP_VALUE, true),
                new Figure(ACTIVITIES, true),
                new Figure(HOURS, true),
                new Figure(SERVED, true),
                new Figure(GOODS, true),
                new Figure(RECOGNITIONS, true));
    }

    @Override
    public Map<String, Map<String, Number>> compute(RegionGrouping g, Period period) {
        Map<String, Map<String, Number>> values = new HashMap<>();
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        Rollups.collect(
                jdbc,
                "select k, count(*), count(*) filter (where status <> 'OPEN') from ("
                        + "select " + g.childKey("r.path")
                        + " k, p.status from aid_package p join region r on r.id = p.community_id "
                        + "where r.path like ? || '%') x group by rollup (k)",
                new Object[] {g.prefix()},
                values,
                PACKAGES,
                CLAIMED);
        Rollups.collect(
                jdbc,
                "select k, sum(v) from (select " + g.childKey("r.path") + " k, h.value_yuan v from aid_help h "
                        + "join aid_package p on p.id = h.package_id join region r on r.id = p.community_id "
                        + "where r.path like ? || '%' and h.helped_on >= ? and h.helped_on < ?) x group by rollup (k)",
                new Object[] {g.prefix(), from, to},
                values,
                HELP_VALUE);
        Rollups.collect(
                jdbc,
                "select k, count(*), sum(hours), sum(people_served), sum(goods_value) from (select "
                        + g.childKey("r.path")
                        + " k, a.hours, a.people_served, a.goods_value from volunteer_activity a "
                        + "join volunteer_team t on t.id = a.team_id join region r on r.id = t.region_id "
                        + "where r.path like ? || '%' and a.held_on >= ? and a.held_on < ?) x group by rollup (k)",
                new Object[] {g.prefix(), from, to},
                values,
                ACTIVITIES,
                HOURS,
                SERVED,
                GOODS);
        Rollups.collect(
                jdbc,
                "select k, count(*) from (select " + g.childKey("r.path") + " k from recognition x "
                        + "join region r on r.id = x.region_id where r.path like ? || '%' and x.awarded_on >= ? and x.awarded_on < ?) y "
                        + "group by rollup (k)",
                new Object[] {g.prefix(), from, to},
                values,
                RECOGNITIONS);
        return values;
    }

    /** Volunteer hours and help value by month, from January of the period's year to its end. */
    @Override
    public List<Chart> charts(RegionGrouping g, Period period) {
        Map<String, Number> hours = new HashMap<>();
        jdbc.query(
                "select to_char(a.held_on, 'YYYY-MM'), sum(a.hours) from volunteer_activity a "
                        + "join volunteer_team t on t.id = a.team_id join region r on r.id = t.region_id "
                        + "where r.path like ? || '%' and a.held_on >= ? and a.held_on < ? group by 1",
                rs -> {
                    hours.put(rs.getString(1), rs.getBigDecimal(2));
                },
                g.prefix(),
                Date.valueOf(period.chartStart()),
                Date.valueOf(period.chartEnd()));
        return List.of(new Chart(
                "volunteer-hours",
                "dashboard.chart.volunteerHours",
                "bar",
                period.chartMonths(),
                false,
                List.of(new Chart.Series(HOURS, period.monthly(hours)))));
    }
}
