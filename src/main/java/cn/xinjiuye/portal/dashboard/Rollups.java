package cn.xinjiuye.portal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a grouped aggregate whose first column is the child key and whose other columns are figures, in the order
 * of {@code figureKeys}, and merges the rows into the values map of a {@link FigureSource}. The SQL is expected to
 * end in {@code group by rollup (k)} so that one row carries the subtree's total.
 */
public final class Rollups {

    private Rollups() {}

    /** Whole numbers as whole numbers, money and hours with two decimals: as a person reads them. */
    static Number readable(BigDecimal v) {
        if (v == null) {
            return 0L;
        }
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() <= 0 ? v.longValue() : v.setScale(2, RoundingMode.HALF_UP);
    }

    public static void collect(
            JdbcTemplate jdbc, String sql, Object[] args, Map<String, Map<String, Number>> into, String... figureKeys) {
        jdbc.query(
                sql,
                rs -> {
                    String key = RegionGrouping.keyOf(rs.getString(1));
                    Map<String, Number> values = into.computeIfAbsent(key, k -> new HashMap<>());
                    for (int i = 0; i < figureKeys.length; i++) {
                        BigDecimal v = rs.getBigDecimal(i + 2);
                        values.put(figureKeys[i], readable(v));
                    }
                },
                args);
    }
}
