package cn.xinjiuye.portal.jobs;

import java.util.function.Consumer;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts a job's records one by one: a record whose work throws is logged with its id and counted as failed, and the
 * job goes on with the next one. The work of one record should be one transaction, so a failure leaves nothing half
 * done and the next run retries it.
 */
@RequiredArgsConstructor
public final class JobTally {

    private static final Logger log = LoggerFactory.getLogger(JobTally.class);

    private final String job;
    private int done;
    private int failed;

    /** Runs {@code work} for each record; {@code work} returns whether it changed something (counted as done). */
    public <T> JobTally each(Iterable<T> records, Function<T, Object> id, Function<T, Boolean> work) {
        for (T record : records) {
            try {
                if (Boolean.TRUE.equals(work.apply(record))) {
                    done++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("job {}: record {} failed, the next run tries again", job, id.apply(record), e);
            }
        }
        return this;
    }

    /** Runs {@code work} for each record, counting every record that does not throw. */
    public <T> JobTally eachDone(Iterable<T> records, Function<T, Object> id, Consumer<T> work) {
        return each(records, id, r -> {
            work.accept(r);
            return true;
        });
    }

    /** Adds records done outside {@link #each}, e.g. rows deleted by one statement. */
    public JobTally add(int count) {
        done += count;
        return this;
    }

    public JobResult result(String summary) {
        return new JobResult(done, failed, summary);
    }
}
