package cn.xinjiuye.portal.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A job that runs once a day, once per cluster. It must be idempotent (a second run on the same day changes nothing)
 * and go on when one record fails: the failed record is logged, counted and tried again by the next run.
 */
public interface DailyJob {

    /** A stable name: the lock's name, the key of its runs and of its cron setting ({@code portal.jobs.cron.<name>}). */
    String name();

    /** The default cron (second minute hour day month weekday), read in the portal's zone. */
    String cron();

    /** Does the day's work for {@code today} (the date in the portal's zone). */
    JobResult run(LocalDate today);

    /** A job from a name, a cron and a method reference. */
    static DailyJob of(String name, String cron, Function<LocalDate, JobResult> work) {
        return new DailyJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String cron() {
                return cron;
            }

            @Override
            public JobResult run(LocalDate today) {
                return work.apply(today);
            }
        };
    }

    /**
     * A purge of rows of no further use: each run deletes what is older than {@code kept} ({@code deleteBefore} takes
     * the cut-off and returns how many rows went) and reports that count followed by {@code deleted}.
     */
    static DailyJob purge(
            String name, String cron, Clock clock, Duration kept, ToIntFunction<Instant> deleteBefore, String deleted) {
        return of(name, cron, today -> {
            int purged = deleteBefore.applyAsInt(clock.instant().minus(kept));
            return new JobResult(purged, 0, purged + " " + deleted);
        });
    }
}
