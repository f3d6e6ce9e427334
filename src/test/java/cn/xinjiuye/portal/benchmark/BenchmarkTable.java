package cn.xinjiuye.portal.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** Timing helpers for the benchmarks: repeated runs after a warm-up, percentiles in milliseconds, a printed table. */
final class BenchmarkTable {

    private final String title;
    private final List<String[]> rows = new ArrayList<>();

    BenchmarkTable(String title) {
        this.title = title;
    }

    /** Runs the action {@code warmup} times unmeasured, then {@code runs} times; returns the sorted timings in ms. */
    static double[] time(int warmup, int runs, Callable<?> action) throws Exception {
        for (int i = 0; i < warmup; i++) {
            action.call();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            action.call();
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    void add(String what, double[] sortedMs, String target) {
        rows.add(new String[] {
            what,
            String.format("%.1f", percentile(sortedMs, 50)),
            String.format("%.1f", percentile(sortedMs, 95)),
            String.valueOf(sortedMs.length),
            target
        });
    }

    void addLine(String what, String value) {
        rows.add(new String[] {what, value, "", "", ""});
    }

    void print() {
        StringBuilder sb = new StringBuilder("\n== ").append(title).append(" ==\n");
        sb.append(String.format(
                "| %-58s | %9s | %9s | %5s | %-22s |%n", "measure", "p50 ms", "p95 ms", "runs", "target"));
        sb.append("|")
                .append("-".repeat(60))
                .append("|")
                .append("-".repeat(11))
                .append("|")
                .append("-".repeat(11))
                .append("|")
                .append("-".repeat(7))
                .append("|")
                .append("-".repeat(24))
                .append("|\n");
        for (String[] r : rows) {
            sb.append(String.format("| %-58s | %9s | %9s | %5s | %-22s |%n", (Object[]) r));
        }
        System.out.println(sb);
    }
}
