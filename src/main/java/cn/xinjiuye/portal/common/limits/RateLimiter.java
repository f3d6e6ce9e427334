package cn.xinjiuye.portal.common.limits;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Abuse limits as fixed-window counters in PostgreSQL: each hit is one atomic upsert that returns the new count, so
 * forty parallel requests against a limit of ten let exactly ten through, on one node or many. A bucket names the
 * limit ("sign-in-address", "report-account" …), the key what it counts (an address, an account id, a number).
 * Hits are committed on their own (a new transaction), so a request that fails afterwards still counts.
 */
@Service
@RequiredArgsConstructor
public class RateLimiter {

    private static final int MAX_KEY = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Counts one hit and answers whether it is within {@code limit} hits of the current window. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean tryAcquire(String bucket, String key, int limit, Duration window) {
        return hit(bucket, key, window) <= limit;
    }

    /** Counts one hit and returns the window's count including it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int hit(String bucket, String key, Duration window) {
        Integer hits =
                jdbc.queryForObject("""
                insert into rate_limit_hit (bucket, limit_key, window_start, hits) values (?, ?, ?, 1)
                on conflict (bucket, limit_key, window_start) do update set hits = rate_limit_hit.hits + 1
                returning hits""", Integer.class, bucket, normalize(key), Timestamp.from(windowStart(window)));
        return hits == null ? 0 : hits;
    }

    /**
     * Gives one hit of the current window back (never below zero): a limit on failures counts every attempt before
     * it is evaluated, so parallel attempts cannot overshoot it, and an attempt that succeeded returns its hit.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(String bucket, String key, Duration window) {
        jdbc.update(
                "update rate_limit_hit set hits = hits - 1 where bucket = ? and limit_key = ? and window_start = ? "
                        + "and hits > 0",
                bucket,
                normalize(key),
                Timestamp.from(windowStart(window)));
    }

    /** When the current window ends: what a refused caller waits for. */
    public Instant windowEnd(Duration window) {
        return windowStart(window).plus(window);
    }

    /** The current window's count, without counting a hit. */
    @Transactional(readOnly = true)
    public int hits(String bucket, String key, Duration window) {
        return jdbc
                .query(
                        "select hits from rate_limit_hit where bucket = ? and limit_key = ? and window_start = ?",
                        (rs, i) -> rs.getInt(1),
                        bucket,
                        normalize(key),
                        Timestamp.from(windowStart(window)))
                .stream()
                .findFirst()
                .orElse(0);
    }

    /** Whether the current window already holds {@code limit} hits (the next one would be refused). */
    public boolean exhausted(String bucket, String key, int limit, Duration window) {
        return hits(bucket, key, window) >= limit;
    }

    /** Forgets a key's counts in a bucket (a successful sign-in clears its failures). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(String bucket, String key) {
        jdbc.update("delete from rate_limit_hit where bucket = ? and limit_key = ?", bucket, normalize(key));
    }

    /** Deletes windows that started before {@code before}; returns how many rows went. */
    @Transactional
    public int purgeBefore(Instant before) {
        return jdbc.update("delete from rate_limit_hit where window_start < ?", Timestamp.from(before));
    }

    /** Windows are aligned to the epoch, so every node computes the same start. */
    Instant windowStart(Duration window) {
        long size = window.toMillis();
        if (size <= 0) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        long now = clock.millis();
        return Instant.ofEpochMilli(now - Math.floorMod(now, size));
    }

    private static String normalize(String key) {
        String k = key == null ? "" : key.trim();
        return k.length() > MAX_KEY ? k.substring(0, MAX_KEY) : k;
    }
}
