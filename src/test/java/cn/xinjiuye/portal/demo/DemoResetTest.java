package cn.xinjiuye.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.TestDatabase;
import cn.xinjiuye.portal.support.TestValues;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** --portal.demo.reset empties the demo's database and migrates it again, whatever the demo left in it. */
class DemoResetTest {

    @Test
    void theDatabaseIsEmptiedAndMigratedAgain() throws SQLException {
        TestDatabase.Connection server = TestDatabase.get();
        String name = "demo_reset_" + TestValues.next();
        try (var admin = DriverManager.getConnection(server.url(), server.username(), server.password())) {
            admin.createStatement().execute("create database " + name);
        }
        String url = server.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        SingleConnectionDataSource db = new SingleConnectionDataSource(url, server.username(), server.password(), true);
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(db)
                    .locations("classpath:db/migration")
                    .load();
            flyway.migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            jdbc.update("insert into region (code, name, level, path) values ('210000', '辽宁省', 'PROVINCE', '/')");
            jdbc.update("insert into demo_load (first_day, last_day, steps, took_ms) values "
                    + "(current_date - 365, current_date - 1, 1, 1)");

            new DemoReset().migrate(flyway);

            assertThat(jdbc.queryForObject("select count(*) from region", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from demo_load", Integer.class))
                    .isZero();
            assertThat(flyway.info().pending()).as("every migration ran again").isEmpty();
        } finally {
            db.destroy();
        }
    }
}
