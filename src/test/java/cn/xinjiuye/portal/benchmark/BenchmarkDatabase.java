package cn.xinjiuye.portal.benchmark;

import cn.xinjiuye.portal.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A database of its own for each benchmark, on the test run's PostgreSQL server ({@link TestDatabase}): so a
 * benchmark measures the same data whether it runs alone ({@code -Dtest=...}) or after the others. Created when
 * missing; the portal's migrations and demo data then run in it as they do on a fresh server.
 */
final class BenchmarkDatabase {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

    private BenchmarkDatabase() {}

    /** Points the portal of a {@code @DynamicPropertySource} at the database {@code name}. */
    static void use(DynamicPropertyRegistry registry, String name) {
        TestDatabase.Connection server = TestDatabase.get();
        registry.add("spring.datasource.url", () -> create(server, name));
        registry.add("spring.datasource.username", server::username);
        registry.add("spring.datasource.password", server::password);
    }

    private static synchronized String create(TestDatabase.Connection server, String name) {
        Matcher m = URL.matcher(server.url());
        if (!m.matches()) {
            throw new IllegalStateException("not a PostgreSQL JDBC URL: " + server.url());
        }
        try (Connection db = DriverManager.getConnection(server.url(), server.username(), server.password());
                Statement st = db.createStatement()) {
            boolean exists;
            try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                st.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the benchmark database " + name, e);
        }
        return m.group(1) + name + m.group(3);
    }
}
