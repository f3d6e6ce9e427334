package cn.xinjiuye.portal.jobs.internal;

import cn.xinjiuye.portal.jobs.JobResult;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The record of job runs ({@code job_run}): one row per run, written when it starts and when it ends. */
@Component
@RequiredArgsConstructor
public class JobRuns {

    /** The last run of a job, as the administrators' page shows it. */
    public record Run(
            String job,
            LocalDate runOn,
            Instant startedAt,
            Instant finishedAt,
            String outcome,
            int done,
            int failed,
            String summary,
            String node) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    long started(String job, LocalDate runOn) {
        return jdbc.queryForObject(
                "insert into job_run (job, run_on, started_at, outcome, node) values (?, ?, ?, 'RUNNING', ?) "
                        + "returning id",
                Long.class,
                job,
                runOn,
                Timestamp.from(clock.instant()),
                Node.NAME);
    }

    void finished(long id, String outcome, JobResult result) {
        String summary = result.summary() == null ? "" : result.summary();
        jdbc.update(
                "update job_run set finished_at = ?, outcome = ?, done = ?, failed = ?, summary = ? where id = ?",
                Timestamp.from(clock.instant()),
                outcome,
                result.done(),
                result.failed(),
                summary.length() > 1000 ? summary.substring(0, 1000) : summary,
                id);
    }

    /** The latest run of each job, by job name. */
    public Map<String, Run> latest() {
        return jdbc
                .query(
                        "select distinct on (job) job, run_on, started_at, finished_at, outcome, done, failed, "
                                + "summary, node from job_run order by job, started_at desc, id desc",
                        (rs, i) -> new Run(
                                rs.getString(1),
                                rs.getObject(2, LocalDate.class),
                                rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(4) == null
                                        ? null
                                        : rs.getTimestamp(4).toInstant(),
                                rs.getString(5),
                                rs.getInt(6),
                                rs.getInt(7),
                                rs.getString(8),
                                rs.getString(9)))
                .stream()
                .collect(Collectors.toMap(Run::job, Function.identity()));
    }

    /** How many runs of the job started at or after {@code since} (the two-node test counts them). */
    public int count(String job, Instant since) {
        return jdbc.queryForObject(
                "select count(*) from job_run where job = ? and started_at >= ?",
                Integer.class,
                job,
                Timestamp.from(since));
    }

    List<String> jobNames() {
        return jdbc.queryForList("select distinct job from job_run order by job", String.class);
    }
}
