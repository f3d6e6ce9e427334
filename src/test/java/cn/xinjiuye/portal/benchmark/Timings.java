package cn.xinjiuye.portal.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The timings of one measurement: each run's milliseconds (sorted), the wall time they took and how many of them
 * failed (an HTTP answer other than 200, or no answer), and how.
 */
record Timings(double[] ms, double seconds, long errors, String failures) {

    /** {@code failures}: how many failed of each kind ("HTTP 503", "HttpTimeoutException"). */
    static Timings of(List<Double> ms, double seconds, Map<String, Long> failures) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        long errors = failures.values().stream().mapToLong(Long::longValue).sum();
        String kinds = failures.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
        return new Timings(sorted, seconds, errors, kinds);
    }

    /**
     * Runs the action {@code warmup} times unmeasured, then up to {@code runs} times measured, stopping early when
     * {@code max} has passed (at least one measured run).
     */
    static Timings time(int warmup, int runs, Duration max, Callable<?> action) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
            action.call();
        }
        deadline = System.nanoTime() + max.toNanos();
        double[] ms = new double[runs];
        int n = 0;
        long start = System.nanoTime();
        while (n < runs && (n == 0 || System.nanoTime() < deadline)) {
            long t0 = System.nanoTime();
            action.call();
            ms[n++] = (System.nanoTime() - t0) / 1e6;
        }
        double[] done = Arrays.copyOf(ms, n);
        Arrays.sort(done);
        return new Timings(done, (System.nanoTime() - start) / 1e9, 0, "");
    }

    int count() {
        return ms.length;
    }

    /** The nearest-rank percentile in ms; NaN without runs. */
    double p(double percentile) {
        if (ms.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * ms.length) - 1;
        return ms[Math.max(0, Math.min(ms.length - 1, index))];
    }

    double p50() {
        return p(50);
    }

    double p95() {
        return p(95);
    }

    /** Runs per second of wall time. */
    double perSecond() {
        return seconds == 0 ? Double.NaN : ms.length / seconds;
    }
}
