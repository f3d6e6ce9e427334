package cn.xinjiuye.portal.demo;

import cn.xinjiuye.portal.common.time.MovableClock;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that decides whether the demo is loaded: only in demo mode, after the administrator bootstrap
 * (order 0), once per database. The marker row (table demo_load) says it was; without it, the plans of all
 * {@link DemoLoader}s are replayed in date order in one transaction, with the clock held at each step, and the
 * marker is written in that transaction: a load that fails part-way rolls back whole, leaves no half demo, and is
 * tried again at the next start. {@code --portal.demo.reset} rebuilds the database first ({@link DemoReset}).
 */
@Component
@Profile("demo")
@Order(10)
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    static final Comparator<DemoLoader> ORDER = Comparator.comparingInt(DemoLoader::order)
            .thenComparing(loader -> AopUtils.getTargetClass(loader).getName());

    private final List<DemoLoader> loaders;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final DemoActors actors;
    private final EntityManager entities;
    private final MovableClock clock;

    DemoRunner(
            List<DemoLoader> loaders,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc,
            DemoActors actors,
            EntityManager entities,
            Clock clock) {
        this.loaders = loaders.stream().sorted(ORDER).toList();
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.actors = actors;
        this.entities = entities;
        if (!(clock instanceof MovableClock movable)) {
            throw new IllegalStateException("the demo replays its year on the portal's MovableClock, not " + clock);
        }
        this.clock = movable;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from demo_load)", Boolean.class))) {
            log.info("Demo already loaded ({}); start with --portal.demo.reset to rebuild it", loadedAt());
            return;
        }
        if (Boolean.TRUE.equals(
                jdbc.queryForObject("select exists(select 1 from region where code = '210000')", Boolean.class))) {
            log.warn("This database holds a demo of an older version (no demo_load marker); it is left as it is. "
                    + "Start with --portal.demo.reset to rebuild it.");
            return;
        }
        load(LocalDate.now(clock));
    }

    /** Replays every loader's plan, and writes the marker, in one transaction. */
    void load(LocalDate today) {
        long start = System.nanoTime();
        DemoPlan plan = new DemoPlan(today);
        for (DemoLoader loader : loaders) {
            plan.planning(loader, AopUtils.getTargetClass(loader).getName());
            loader.plan(plan);
        }
        List<DemoPlan.Step> steps = plan.chronological();
        DemoPlan.Step[] current = new DemoPlan.Step[1];
        // Per loader, its steps and the time they took: which part of the demo to speed up when the load grows slow.
        Map<String, long[]> perLoader = new TreeMap<>();
        try {
            transaction.executeWithoutResult(status -> {
                for (DemoPlan.Step step : steps) {
                    current[0] = step;
                    long stepStart = System.nanoTime();
                    clock.holdAt(step.at().atZone(clock.getZone()).toInstant());
                    actors.as(step.actor(), step.action());
                    // Every service call joins this one transaction: keep the persistence context small.
                    entities.flush();
                    entities.clear();
                    long[] spent = perLoader.computeIfAbsent(step.loader(), l -> new long[2]);
                    spent[0]++;
                    spent[1] += System.nanoTime() - stepStart;
                }
                clock.release();
                jdbc.update(
                        "insert into demo_load (first_day, last_day, steps, took_ms) values (?, ?, ?, ?)",
                        plan.firstDay(),
                        today.minusDays(1),
                        steps.size(),
                        (System.nanoTime() - start) / 1_000_000);
            });
        } catch (RuntimeException e) {
            DemoPlan.Step failed = current[0];
            log.error(
                    "Demo load failed at step {} of {} ({}, {} as {}); rolled back: no demo record was written, the "
                            + "next start tries again",
                    failed == null ? 0 : steps.indexOf(failed) + 1,
                    steps.size(),
                    failed == null ? "-" : failed.loader(),
                    failed == null ? "-" : failed.at(),
                    failed == null ? "-" : failed.actor());
            throw e;
        } finally {
            clock.release();
        }
        perLoader.forEach((loader, spent) ->
                log.info("Demo loader {}: {} steps in {} ms", loader, spent[0], spent[1] / 1_000_000));
        log.info(
                "Demo loaded: {} steps from {} to {} by {} loaders in {} ms",
                steps.size(),
                plan.firstDay(),
                today.minusDays(1),
                loaders.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private String loadedAt() {
        return jdbc.queryForObject(
                "select 'loaded ' || to_char(loaded_at, 'YYYY-MM-DD HH24:MI') || ', ' || steps || ' steps in ' "
                        + "|| took_ms || ' ms' from demo_load limit 1",
                String.class);
    }
}
