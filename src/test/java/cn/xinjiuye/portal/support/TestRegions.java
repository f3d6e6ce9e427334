package cn.xinjiuye.portal.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Regions of a test's own under fixed codes, made once in the shared database and found again by later runs. */
public final class TestRegions {

    private TestRegions() {}

    /** The region with this code, inserted under its parent (with its materialized path) when it is not there yet. */
    public static long ensure(JdbcTemplate jdbc, String code, String name, String level, String parentCode) {
        Long existing =
                jdbc.query("select id from region where code = ?", rs -> rs.next() ? rs.getLong(1) : null, code);
        if (existing != null) {
            return existing;
        }
        long id = jdbc.queryForObject(
                "insert into region (code, name, level, parent_id, path) values (?, ?, ?, "
                        + "(select id from region where code = ?), '/') returning id",
                Long.class,
                code,
                name,
                level,
                parentCode);
        jdbc.update(
                "update region set path = (select path from region where code = ?) || id || '/' where id = ?",
                parentCode,
                id);
        return id;
    }
}
