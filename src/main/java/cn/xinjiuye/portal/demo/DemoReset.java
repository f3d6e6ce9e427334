package cn.xinjiuye.portal.demo;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--portal.demo.reset}: empties the demo database (every
 * table, Flyway's history included) before the migrations run, so that the demo is built again from scratch. Demo
 * mode only: a production start never has this bean, whatever its arguments.
 */
@Component
@Profile("demo")
@ConditionalOnProperty("portal.demo.reset")
class DemoReset implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(DemoReset.class);

    @Override
    public void migrate(Flyway flyway) {
        log.warn("portal.demo.reset: emptying the demo database to build the demo again");
        Flyway.configure()
                .configuration(flyway.getConfiguration())
                .cleanDisabled(false)
                .load()
                .clean();
        flyway.migrate();
    }
}
