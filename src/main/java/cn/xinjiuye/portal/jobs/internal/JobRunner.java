package cn.xinjiuye.portal.jobs.internal;

import cn.xinjiuye.portal.jobs.DailyJob;
import cn.xinjiuye.portal.jobs.JobResult;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs a job under its cluster-wide lock and records the run. A node that finds the lock held skips the run: the
 * lock stays held for at least {@code portal.jobs.lock-at-least-for} after a run, so nodes whose clocks differ by
 * seconds do not run a daily job twice.
 */
@Component
@RequiredArgsConstructor
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final List<DailyJob> jobs;
    private final LockingTaskExecutor locks;
    private final JobRuns runs;
    private final Clock clock;

    @Value("${portal.jobs.lock-at-least-for:5m}")
    private final Duration lockAtLeastFor;

    @Value("${portal.jobs.lock-at-most-for:1h}")
    private final Duration lockAtMostFor;

    public List<DailyJob> jobs() {
        return jobs;
    }

    public Optional<DailyJob> job(String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    /** The scheduled run: only if no other node holds the job's lock; true when this node ran it. */
    public boolean runLocked(DailyJob job) {
        return runLocked(job, lockAtLeastFor);
    }

    /**
     * Runs the job if no other node holds its lock, keeping the lock for at least {@code atLeast}; an administrator's
     * "run now" keeps it for no time, so that it does not hold back the day's scheduled run.
     */
    public boolean runLocked(DailyJob job, Duration atLeast) {
        LockConfiguration lock = new LockConfiguration(clock.instant(), job.name(), lockAtMostFor, atLeast);
        try {
            return locks.executeWithLock(() -> run(job), lock).wasExecuted();
        } catch (Throwable e) {
            // run() records its own failures; this is the lock table being unreachable.
            log.error("job {} could not take its lock", job.name(), e);
            return false;
        }
    }

    /** Runs the job now on this node, without the lock, and records the run (tests and the admin's "run now"). */
    public JobResult run(DailyJob job) {
        LocalDate today = LocalDate.now(clock);
        long runId = runs.started(job.name(), today);
        try {
            JobResult result = job.run(today);
            runs.finished(runId, result.partial() ? "PARTIAL" : "SUCCESS", result);
            log.info(
                    "job {} for {}: {} done, {} failed; {}",
                    job.name(),
                    today,
                    result.done(),
                    result.failed(),
                    result.summary());
            return result;
        } catch (RuntimeException e) {
            JobResult failed = new JobResult(0, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
            runs.finished(runId, "FAILED", failed);
            log.error("job {} for {} failed", job.name(), today, e);
            return failed;
        }
    }
}
