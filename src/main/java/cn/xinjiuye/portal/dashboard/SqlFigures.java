package cn.xinjiuye.portal.dashboard;

import java.sql.Date;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link FigureSource} that computes with SQL, as every feature's does: it holds the section, the figures (each
 * declared once, as a constant of the source, with its key and kind) and the
 * {@link JdbcTemplate}, and runs the two shapes of query a source needs, a {@link Rollups rollup} by child region and
 * a monthly series for a chart.
 *
 * <pre>{@code
 * @Component
 * @Order(10)
 * class StationFigures extends SqlFigures {
 *     static final Figure STATIONS = Figure.stock("dashboard.fig.stations");
 *     static final Figure SERVICES = Figure.flow("dashboard.fig.stationServices");
 *
 *     StationFigures(JdbcTemplate jdbc) {
 *         super(jdbc, "dashboard.section.stations", STATIONS, SERVICES);
 *     }
 *
 *     public Map<String, Map<String, Number>> compute(RegionGrouping g, Period period) {
 *         Map<String, Map<String, Number>> values = new HashMap<>();
 *         collect(values, "select k, count(*) from (select " + g.childKey("r.path") + " k ...) x group by rollup (k)",
 *                 new Object[] {g.prefix()}, STATIONS);
 *         return values;
 *     }
 * }
 * }</pre>
 */
public abstract class SqlFigures implements FigureSource {

    protected final JdbcTemplate jdbc;
    private final String section;
    private final List<Figure> figures;

    protected SqlFigures(JdbcTemplate jdbc, String section, Figure... figures) {
        this.jdbc = jdbc;
        this.section = section;
        this.figures = List.of(figures);
    }

    @Override
    public final String section() {
        return section;
    }

    @Override
    public final List<Figure> figures() {
        return figures;
    }

    /** {@link Rollups#collect} with this source's database, into the keys of {@code figures}. */
    protected void collect(Map<String, Map<String, Number>> into, String sql, Object[] args, Figure... figures) {
        Rollups.collect(
                jdbc, sql, args, into, Arrays.stream(figures).map(Figure::key).toArray(String[]::new));
    }

    /**
     * A monthly series over the period's chart months, zero where there is nothing: {@code sql} returns rows of
     * ("YYYY-MM", number) and takes the region prefix, the first day of the charts and the day after their end.
     */
    protected List<Number> monthly(String sql, RegionGrouping g, Period period) {
        Map<String, Number> byMonth = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    byMonth.put(rs.getString(1), (Number) rs.getObject(2));
                },
                g.prefix(),
                Date.valueOf(period.chartStart()),
                Date.valueOf(period.chartEnd()));
        return period.monthly(byMonth);
    }
}
