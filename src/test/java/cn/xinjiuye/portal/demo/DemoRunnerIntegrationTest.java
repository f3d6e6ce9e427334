package cn.xinjiuye.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

@IntegrationTest
class DemoRunnerIntegrationTest {

    @Autowired
    DemoRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DemoActors actors;

    @Autowired
    EntityManager entities;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void theDemoIsLoadedOnceWithItsMarker() {
        Map<String, Object> marker = jdbc.queryForMap("select first_day, last_day, steps from demo_load");
        LocalDate first = ((java.sql.Date) marker.get("first_day")).toLocalDate();
        LocalDate last = ((java.sql.Date) marker.get("last_day")).toLocalDate();
        assertThat(last).isEqualTo(first.plusMonths(12).minusDays(1));
        assertThat((Integer) marker.get("steps")).isPositive();

        Integer regions = jdbc.queryForObject("select count(*) from region", Integer.class);
        runner.run(new DefaultApplicationArguments());
        assertThat(jdbc.queryForObject("select count(*) from region", Integer.class))
                .isEqualTo(regions);
        assertThat(jdbc.queryForObject("select count(*) from demo_load", Integer.class))
                .isOne();
    }

    @Test
    void aStepRunsAsItsUserAtItsInstantAndAFailureLeavesNothing() {
        String code = TestValues.digits(12);
        LocalDate today = LocalDate.of(2026, 3, 1);
        LocalDateTime stepAt = LocalDateTime.of(2025, 12, 24, 9, 30);
        AtomicReference<Instant> seen = new AtomicReference<>();
        AtomicReference<String> who = new AtomicReference<>();
        DemoLoader failing = new DemoLoader() {
            @Override
            public int order() {
                return 50;
            }

            @Override
            public void plan(DemoPlan plan) {
                plan.at(stepAt, "fukang", () -> {
                    seen.set(TestClock.INSTANCE.instant());
                    who.set(SecurityContextHolder.getContext()
                            .getAuthentication()
                            .getName());
                    jdbc.update(
                            "insert into region (code, name, level, path) values (?, '演示回滚', 'PROVINCE', '/')", code);
                });
                plan.at(stepAt.plusDays(1), null, () -> {
                    throw new IllegalStateException("a service refused the step");
                });
            }
        };
        DemoRunner once = new DemoRunner(List.of(failing), transactions, jdbc, actors, entities, TestClock.INSTANCE);

        assertThatThrownBy(() -> once.load(today)).hasMessage("a service refused the step");

        assertThat(seen.get()).isEqualTo(stepAt.atZone(TestClock.ZONE).toInstant());
        assertThat(who.get()).isEqualTo("fukang");
        assertThat(jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, code))
                .as("the failed load rolled back whole")
                .isZero();
        assertThat(TestClock.INSTANCE.isHeld()).as("the clock runs again").isFalse();
    }
}
