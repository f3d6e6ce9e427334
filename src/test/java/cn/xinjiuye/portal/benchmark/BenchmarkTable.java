package cn.xinjiuye.portal.benchmark;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures of one benchmark run: each measured value beside a reference measured in the same run, its target and
 * whether it met it. {@link #finish()} prints them, appends them to {@code target/benchmark/results.md} (one markdown
 * table over all runs, with the date and the machine on every row) and then fails when a target was missed.
 */
final class BenchmarkTable {

    static final Path RESULTS = Path.of(System.getProperty("basedir", "."), "target", "benchmark", "results.md");

    private static final String HEADER = """
            | date | machine | benchmark | figure | measured | reference | target | result |
            |---|---|---|---|---|---|---|---|
            """;

    record Row(String figure, String measured, String reference, String target, String result) {}

    private final String benchmark;
    private final String date;
    private final String machine;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> missed = new ArrayList<>();

    BenchmarkTable(String benchmark, JdbcTemplate jdbc) {
        this.benchmark = benchmark;
        this.date = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC+8'"));
        this.machine = machine(jdbc);
    }

    /**
     * Cores (what nproc says), memory, Java, PostgreSQL and the load average when the benchmark started (the end's is
     * added by {@link #finish()}: other builds on the machine make figures noisy).
     */
    static String machine(JdbcTemplate jdbc) {
        long memory = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memory = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: memory unknown
        }
        if (memory == 0
                && ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        String postgres = jdbc.queryForObject("show server_version", String.class);
        return String.format(
                Locale.ROOT,
                "%d cores, %.0f GiB, Java %s, PostgreSQL %s, load %.1f",
                Runtime.getRuntime().availableProcessors(),
                memory / (1024.0 * 1024 * 1024),
                System.getProperty("java.version"),
                postgres.split(" ")[0],
                load());
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }

    private static String withUnit(double v, String unit) {
        return number(v) + (unit.isEmpty() ? "" : " " + unit);
    }

    private Timings serviceReference;
    private String serviceReferenceName;

    /** Generates the benchmark's data (or finds them there) and shows how long that took. */
    void generated(Runnable generate) {
        long start = System.nanoTime();
        generate.run();
        info("data generated and analyzed", String.format(Locale.ROOT, "%.0f s", (System.nanoTime() - start) / 1e9));
    }

    /** The reference that {@link #service} timings are shown beside (a bare round trip to the database). */
    void serviceReference(Timings reference, String name) {
        this.serviceReference = reference;
        this.serviceReferenceName = name;
    }

    /** A service call's p50 (checked) and p95 beside the {@link #serviceReference}. */
    void service(String figure, Timings measured, Target p50) {
        latency(figure, measured, serviceReference, serviceReferenceName, p50);
    }

    /** A figure that is only shown: a count, a duration of the data generation, a plan. */
    void info(String figure, String value) {
        rows.add(new Row(figure, value, "", "", ""));
    }

    /** A measured value beside its reference (already written out), checked against the target. */
    void add(String figure, double measured, String unit, String reference, Target target) {
        add(figure, withUnit(measured, unit), reference, target, target.met().test(measured));
    }

    private void add(String figure, String measured, String reference, Target target, boolean met) {
        String result = target.isNone() ? "" : met ? "pass" : "FAIL";
        if (!target.isNone() && !met) {
            missed.add(figure + ": " + measured + ", target " + target.text());
        }
        rows.add(new Row(figure, measured, reference, target.text(), result));
    }

    /** A yes/no check (must be yes). */
    void check(String figure, boolean yes, String reference) {
        add(figure, yes ? "yes" : "no", reference, Target.yes(), yes);
    }

    /** A reference cell: the reference's value, what it is, and the measured value as a multiple of it. */
    static String reference(double measured, double reference, String unit, String what) {
        return withUnit(reference, unit) + " " + what + " (×" + number(measured / reference) + ")";
    }

    /** The p50 (checked against the target) and p95 of a timing, each beside the reference's. */
    void latency(String figure, Timings measured, Timings reference, String referenceName, Target p50) {
        add(
                figure + ": p50",
                measured.p50(),
                "ms",
                reference(measured.p50(), reference.p50(), "ms", referenceName),
                p50);
        add(
                figure + ": p95",
                measured.p95(),
                "ms",
                reference(measured.p95(), reference.p95(), "ms", referenceName),
                Target.NONE);
        failures(figure, measured);
        failures(referenceName, reference);
    }

    /** Requests per second, beside the reference's. */
    void throughput(String figure, Timings measured, Timings reference, String referenceName) {
        add(
                figure + ": requests/s",
                measured.perSecond(),
                "/s",
                reference(measured.perSecond(), reference.perSecond(), "/s", referenceName),
                Target.NONE);
        failures(figure, measured);
        failures(referenceName, reference);
    }

    /** Failed requests fail the benchmark: a fast error page is no result. */
    private void failures(String figure, Timings t) {
        if (t.errors() > 0) {
            add(figure + ": failed requests (" + t.failureText() + ")", t.errors(), "", "", Target.atMost(0, ""));
        }
    }

    /** Prints the rows, appends them to results.md, then fails when a target was missed. */
    void finish() throws IOException {
        String machine = String.format(Locale.ROOT, "%s→%.1f", this.machine, load());
        StringBuilder table = new StringBuilder();
        for (Row r : rows) {
            table.append(String.join(
                            " | ",
                            "| " + date,
                            machine,
                            benchmark,
                            r.figure(),
                            r.measured(),
                            r.reference(),
                            r.target(),
                            r.result()))
                    .append(" |\n");
        }
        System.out.println("\n== " + benchmark + " (" + machine + ") ==\n" + HEADER + table);
        Files.createDirectories(RESULTS.getParent());
        if (!Files.exists(RESULTS)) {
            Files.writeString(RESULTS, "# Benchmark results\n\n" + HEADER, StandardCharsets.UTF_8);
        }
        Files.writeString(RESULTS, table, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        if (!missed.isEmpty()) {
            fail(benchmark + " missed " + missed.size() + " target(s) (see " + RESULTS + "):\n  "
                    + String.join("\n  ", missed));
        }
    }
}
