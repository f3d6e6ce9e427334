package cn.xinjiuye.portal.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The timings of one measurement: each run's milliseconds (sorted), the wall time they took and the runs that
 * failed (an HTTP answer other than 200, or no answer), counted by kind ("HTTP 503", "HttpTimeoutException").
 */
record Timings(double[] ms, double seconds, Map<String, Long> failures) {

    static Timings of(List<Double> ms, double seconds, Map<String, Long> failures) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Timings(sorted, seconds, Map.copyOf(failures));
    }

    /** Several measurements of the same thing as one: all runs, the sum of their wall times and failures. */
    static Timings merge(List<Timings> parts) {
        List<Double> ms = new ArrayList<>();
        Map<String, Long> failures = new HashMap<>();
        double seconds = 0;
        for (Timings t : parts) {
            Arrays.stream(t.ms()).forEach(ms::add);
            t.failures().forEach((k, v) -> failures.merge(k, v, Long::sum));
            seconds += t.seconds();
        }
        return of(ms, seconds, failures);
    }

    long errors() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "HTTP 503 ×6, HttpTimeoutException ×1". */
    String failureText() {
        return failures.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
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
        return new Timings(done, (System.nanoTime() - start) / 1e9, Map.of());
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
