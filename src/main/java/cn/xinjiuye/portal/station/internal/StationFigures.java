package cn.xinjiuye.portal.station.internal;

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
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The stations' figures of the dashboard: stations, open and 六有-compliant ones, services delivered. */
@Component
@Order(10)
public class StationFigures extends SqlFigures {

    static final Figure STATIONS = Figure.stock("dashboard.fig.stations");
    static final Figure OPEN = Figure.stock("dashboard.fig.stationsOpen");
    static final Figure COMPLIANT = Figure.stock("dashboard.fig.stationsCompliant");
    static final Figure SERVICES = Figure.flow("dashboard.fig.stationServices");
    static final Figure CHECKS = Figure.flow("dashboard.fig.stationChecks");

    private final StationProperties properties;
    private final Clock clock;

    StationFigures(JdbcTemplate jdbc, StationProperties properties, Clock clock) {
        super(jdbc, "dashboard.section.stations", STATIONS, OPEN, COMPLIANT, SERVICES, CHECKS);
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Map<String, Map<String, Number>> compute(RegionGrouping g, Period period) {
        Map<String, Map<String, Number>> values = new HashMap<>();
        collect(
                values,
                "select k, count(*), count(*) filter (where status = 'OPEN'), "
                        + "count(*) filter (where last_inspection_passed and last_inspected_on >= ?) from (select "
                        + g.childKey("r.path") + " k, s.status, s.last_inspection_passed, s.last_inspected_on "
                        + "from station s join region r on r.id = s.region_id "
                        + "where s.active and r.path like ? || '%') x group by rollup (k)",
                // Compliant as the list has it: the latest inspection passed and is within the interval.
                new Object[] {
                    Date.valueOf(LocalDate.now(clock).minusDays(properties.inspectionIntervalDays())), g.prefix()
                },
                STATIONS,
                OPEN,
                COMPLIANT);
        inPeriod(values, g, period, "v.count n from station_service v", "served_on", SERVICES);
        // Couriers' answers to 这里正常吗? (the station check loop).
        inPeriod(values, g, period, "1 n from station_check v", "answered_on", CHECKS);
        return values;
    }

    /** Sums {@code n} of a station table's rows {@code v} whose {@code day} is in the period, by child region. */
    private void inPeriod(
            Map<String, Map<String, Number>> values,
            RegionGrouping g,
            Period period,
            String rows,
            String day,
            Figure figure) {
        collect(
                values,
                "select k, sum(n) from (select " + g.childKey("r.path") + " k, " + rows
                        + " join station s on s.id = v.station_id join region r on r.id = s.region_id "
                        + "where r.path like ? || '%' and v." + day + " >= ? and v." + day + " < ?) x "
                        + "group by rollup (k)",
                new Object[] {g.prefix(), Date.valueOf(period.from()), Date.valueOf(period.to())},
                figure);
    }

    /** Services delivered by month, and stations by child region (coverage). */
    @Override
    public List<Chart> charts(RegionGrouping g, Period period) {
        List<Number> byMonth = monthly(
                "select to_char(v.served_on, 'YYYY-MM'), sum(v.count) from station_service v "
                        + "join station s on s.id = v.station_id join region r on r.id = s.region_id "
                        + "where r.path like ? || '%' and v.served_on >= ? and v.served_on < ? group by 1",
                g, period);
        List<String> children = new ArrayList<>();
        List<Number> stations = new ArrayList<>();
        jdbc.query(
                "select c.name, count(s.id) from region c left join region r on r.path like c.path || '%' "
                        + "left join station s on s.region_id = r.id and s.active "
                        + "where c.path like ? || '%' and c.path <> ? and length(c.path) - length(replace(c.path, '/', '')) = ? "
                        + "and c.active group by c.name, c.code order by c.code",
                rs -> {
                    children.add(rs.getString(1));
                    stations.add(rs.getLong(2));
                },
                g.prefix(),
                g.prefix(),
                g.depth() + 2);
        return List.of(
                new Chart(
                        "station-services",
                        "dashboard.chart.stationServices",
                        "line",
                        period.chartMonths(),
                        false,
                        List.of(new Chart.Series(SERVICES.key(), byMonth))),
                new Chart(
                        "station-coverage",
                        "dashboard.chart.stationCoverage",
                        "bar",
                        children,
                        false,
                        List.of(new Chart.Series(STATIONS.key(), stations))));
    }
}
