package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.dashboard.Chart;
import cn.xinjiuye.portal.dashboard.Figure;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.dashboard.SqlFigures;
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
public class CareFigures extends SqlFigures {

    static final Figure PACKAGES = Figure.stock("dashboard.fig.aidPackages");
    static final Figure CLAIMED = Figure.stock("dashboard.fig.aidPackagesClaimed");
    static final Figure HELP_VALUE = Figure.flow("dashboard.fig.aidHelpValue");
    static final Figure ACTIVITIES = Figure.flow("dashboard.fig.volunteerActivities");
    static final Figure HOURS = Figure.flow("dashboard.fig.volunteerHours");
    static final Figure SERVED = Figure.flow("dashboard.fig.peopleServed");
    static final Figure GOODS = Figure.flow("dashboard.fig.goodsDonated");
    static final Figure RECOGNITIONS = Figure.flow("dashboard.fig.recognitions");

    CareFigures(JdbcTemplate jdbc) {
        super(
                jdbc,
                "dashboard.section.care",
                PACKAGES,
                CLAIMED,
                HELP_VALUE,
                ACTIVITIES,
                HOURS,
                SERVED,
                GOODS,
                RECOGNITIONS);
    }

    @Override
    public Map<String, Map<String, Number>> compute(RegionGrouping g, Period period) {
        Map<String, Map<String, Number>> values = new HashMap<>();
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        collect(
                values,
                "select k, count(*), count(*) filter (where status <> 'OPEN') from ("
                        + "select " + g.childKey("r.path")
                        + " k, p.status from aid_package p join region r on r.id = p.community_id "
                        + "where r.path like ? || '%') x group by rollup (k)",
                new Object[] {g.prefix()},
                PACKAGES,
                CLAIMED);
        collect(
                values,
                "select k, sum(v) from (select " + g.childKey("r.path") + " k, h.value_yuan v from aid_help h "
                        + "join aid_package p on p.id = h.package_id join region r on r.id = p.community_id "
                        + "where r.path like ? || '%' and h.helped_on >= ? and h.helped_on < ?) x group by rollup (k)",
                new Object[] {g.prefix(), from, to},
                HELP_VALUE);
        collect(
                values,
                "select k, count(*), sum(hours), sum(people_served), sum(goods_value) from (select "
                        + g.childKey("r.path")
                        + " k, a.hours, a.people_served, a.goods_value from volunteer_activity a "
                        + "join volunteer_team t on t.id = a.team_id join region r on r.id = t.region_id "
                        + "where r.path like ? || '%' and a.held_on >= ? and a.held_on < ?) x group by rollup (k)",
                new Object[] {g.prefix(), from, to},
                ACTIVITIES,
                HOURS,
                SERVED,
                GOODS);
        collect(
                values,
                "select k, count(*) from (select " + g.childKey("r.path") + " k from recognition x "
                        + "join region r on r.id = x.region_id where r.path like ? || '%' and x.awarded_on >= ? and x.awarded_on < ?) y "
                        + "group by rollup (k)",
                new Object[] {g.prefix(), from, to},
                RECOGNITIONS);
        return values;
    }

    /** Volunteer hours and help value by month, from January of the period's year to its end. */
    @Override
    public List<Chart> charts(RegionGrouping g, Period period) {
        List<Number> hours = monthly(
                "select to_char(a.held_on, 'YYYY-MM'), sum(a.hours) from volunteer_activity a "
                        + "join volunteer_team t on t.id = a.team_id join region r on r.id = t.region_id "
                        + "where r.path like ? || '%' and a.held_on >= ? and a.held_on < ? group by 1",
                g, period);
        return List.of(new Chart(
                "volunteer-hours",
                "dashboard.chart.volunteerHours",
                "bar",
                period.chartMonths(),
                false,
                List.of(new Chart.Series(HOURS.key(), hours))));
    }
}
