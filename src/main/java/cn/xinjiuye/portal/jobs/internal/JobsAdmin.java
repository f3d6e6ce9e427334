package cn.xinjiuye.portal.jobs.internal;

import cn.xinjiuye.portal.jobs.DailyJob;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The administrators' view of the jobs: each job with its cron and its last run; and "run now". */
@Service
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
public class JobsAdmin {

    /** A job, its cron and its last run ({@code startedAt} in the portal's zone; null when it never ran). */
    public record JobLine(String name, String cron, JobRuns.Run last, LocalDateTime startedAt) {}

    private final JobRunner runner;
    private final JobRuns runs;
    private final Environment env;
    private final Clock clock;

    public List<JobLine> page() {
        Map<String, JobRuns.Run> latest = runs.latest();
        return runner.jobs().stream()
                .sorted(Comparator.comparing(DailyJob::name))
                .map(j -> line(j, latest.get(j.name())))
                .toList();
    }

    private JobLine line(DailyJob job, JobRuns.Run last) {
        LocalDateTime at = last == null ? null : LocalDateTime.ofInstant(last.startedAt(), clock.getZone());
        return new JobLine(job.name(), JobScheduler.cron(env, job), last, at);
    }

    /**
     * Runs the job now, under its lock (so not while another node runs it) but without holding the lock afterwards;
     * false when the job is unknown or running elsewhere.
     */
    public boolean runNow(String name) {
        DailyJob job = runner.job(name).orElse(null);
        return job != null && runner.runLocked(job, Duration.ZERO);
    }
}
