package cn.xinjiuye.portal.demo;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link DemoLoader} that writes with plain SQL, as all of the portal's do: it holds the order and the
 * {@link JdbcTemplate}, and answers the usual "already there?" questions in one line.
 *
 * <pre>{@code
 * @Component
 * class CareDemoData extends JdbcDemoLoader {
 *     CareDemoData(JdbcTemplate jdbc) {
 *         super(40, jdbc);
 *     }
 *
 *     public void load() {
 *         jdbc.update("insert into aid_package ...");
 *     }
 * }
 * }</pre>
 */
@RequiredArgsConstructor
public abstract class JdbcDemoLoader implements DemoLoader {

    private final int order;
    protected final JdbcTemplate jdbc;

    @Override
    public final int order() {
        return order;
    }

    /**
     * Until its module's demo is replayed through the services (issue 12), an SQL loader is one step on the first
     * day of the demo's year.
     */
    @Override
    public void plan(DemoPlan plan) {
        plan.at(plan.firstDay().atTime(8, 0), null, this::load);
    }

    /** Writes the rows. */
    public abstract void load();

    /** Whether the query (e.g. {@code select 1 from station where name = ?}) finds a row. */
    protected boolean exists(String query, Object... args) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists(" + query + ")", Boolean.class, args));
    }

    /** The number that a {@code select count(*) …} query answers. */
    protected int count(String query, Object... args) {
        Integer n = jdbc.queryForObject(query, Integer.class, args);
        return n == null ? 0 : n;
    }
}
