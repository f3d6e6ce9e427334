import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The care-station nearby benchmark (run by benchmark/stations.sh, which starts the portal on its own embedded
 * PostgreSQL). Loads 200,000 stations spread over China (deterministic: 70% around 20 cities, 30% over the whole
 * country), then measures the nearby SQL alone (the exact text of cn.xinjiuye.portal.station.NearbySql), its plan,
 * GET /api/stations/nearby and the public nearby page under 16 connections, each beside a trivial page of the same
 * app in the same run, and prints a table. Not a test: it only reports.
 *
 * Usage: java -cp target/classes:postgresql.jar benchmark/StationsBenchmark.java JDBC_URL BASE_URL [SECONDS]
 */
public class StationsBenchmark {

    static final int STATIONS = 200_000;
    static final int CONNECTIONS = 16;
    static final double[][] CITIES = {
            {39.90, 116.40}, {31.23, 121.47}, {23.13, 113.26}, {22.54, 114.06}, {30.57, 104.07}, {29.56, 106.55},
            {30.59, 114.31}, {34.34, 108.94}, {30.27, 120.16}, {32.06, 118.80}, {39.13, 117.20}, {41.80, 123.43},
            {45.80, 126.53}, {28.23, 112.94}, {34.75, 113.63}, {36.65, 117.12}, {25.04, 102.71}, {43.83, 87.62},
            {36.06, 103.83}, {41.11, 122.99}};

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[0];
        String base = args[1];
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<double[]> points = points(5000);
        List<String[]> table = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            load(db);
            String sql = cn.xinjiuye.portal.station.NearbySql.SQL;
            String plan = explain(db, sql, points.get(0));
            boolean usesIndex = plan.contains("station_earth_idx");
            double[] sqlTimes = sqlTimes(db, sql, points);
            System.out.println("\nPlan of one nearby query (EXPLAIN ANALYZE):\n" + plan);
            table.add(new String[] {"nearby SQL alone (JDBC, 1 connection, 2000 queries)", ms(pct(sqlTimes, 50)),
                    ms(pct(sqlTimes, 99)), String.format(Locale.ROOT, "%.0f", 1000.0 / mean(sqlTimes)), "",
                    usesIndex ? "index station_earth_idx" : "NO INDEX"});
            System.out.printf(Locale.ROOT, "%nSQL: p50 %.3f ms, p99 %.3f ms; plan uses the GiST index: %s%n",
                    pct(sqlTimes, 50), pct(sqlTimes, 99), usesIndex ? "yes" : "NO");

            Paths trivialPath = i -> "/login";
            Paths apiPath = i -> {
                double[] p = points.get(i % points.size());
                return String.format(Locale.ROOT, "/api/stations/nearby?lat=%.6f&lng=%.6f", p[0], p[1]);
            };
            Paths pagePath = i -> {
                double[] p = points.get(i % points.size());
                return String.format(Locale.ROOT, "/public/stations?lat=%.6f&lng=%.6f", p[0], p[1]);
            };
            System.out.println("\nWarming the portal up (JIT) for " + 3 * 5 + " s ...");
            load(base, trivialPath, 2);
            load(base, apiPath, 2);
            load(base, pagePath, 2);
            Load trivial = load(base, trivialPath, seconds);
            Load api = load(base, apiPath, seconds);
            Load trivial2 = load(base, trivialPath, seconds);
            Load page = load(base, pagePath, seconds);
            double trivialRate = (trivial.rate() + trivial2.rate()) / 2;
            table.add(row("trivial page GET /login (before)", trivial, trivialRate));
            table.add(row("GET /api/stations/nearby", api, trivialRate));
            table.add(row("trivial page GET /login (after)", trivial2, trivialRate));
            table.add(row("public nearby page GET /public/stations?lat&lng", page, trivialRate));
            print(table);
            double pageRatio = page.rate() / trivialRate;
            System.out.printf(Locale.ROOT, "%nTargets (2 cores): SQL p50 <= 2 ms: %s (%.3f ms); plan uses the index: %s; "
                            + "nearby page >= 0.5 x trivial page throughput: %s (%.2f)%n",
                    pct(sqlTimes, 50) <= 2 ? "PASS" : "FAIL", pct(sqlTimes, 50), usesIndex ? "PASS" : "FAIL",
                    pageRatio >= 0.5 ? "PASS" : "FAIL", pageRatio);
            if (api.errors + page.errors + trivial.errors + trivial2.errors > 0) {
                System.out.println("Errors (non-200 answers or failures): trivial " + (trivial.errors + trivial2.errors)
                        + ", api " + api.errors + ", page " + page.errors);
            }
        }
    }

    /** Deterministic query points: around the same cities, where stations are dense (the hard case). */
    static List<double[]> points(int n) {
        Random random = new Random(42);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] c = CITIES[i % CITIES.length];
            points.add(new double[] {c[0] + (random.nextDouble() - 0.5) * 0.5, c[1] + (random.nextDouble() - 0.5) * 0.7});
        }
        return points;
    }

    static void load(Connection db) throws Exception {
        try (Statement st = db.createStatement()) {
            ResultSet rs = st.executeQuery("select count(*) from station where name like 'BENCH %'");
            rs.next();
            if (rs.getInt(1) >= STATIONS) {
                System.out.println("200,000 benchmark stations already loaded");
                return;
            }
            long t0 = System.nanoTime();
            st.execute("delete from station where name like 'BENCH %'");
            StringBuilder cities = new StringBuilder();
            for (int k = 0; k < CITIES.length; k++) {
                cities.append(k == 0 ? "" : ", ").append(String.format(Locale.ROOT, "(%d, %.2f, %.2f)", k,
                        CITIES[k][0], CITIES[k][1]));
            }
            String week = "'08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,09:00-17:00,closed'";
            st.execute("""
                    with c(k, lat, lng) as (values %s)
                    insert into station (name, host_type, address, lat, lng, region_id, opening_hours, amenities,
                                         manager_phone, status)
                    select 'BENCH ' || i,
                           (array['PARTY_CENTER','EXPRESS_OUTLET','SHOP','PROPERTY','OTHER'])[(1 + i %% 5)::int],
                           'benchmark address ' || i,
                           case when i %% 10 < 7 then c.lat + ((i * 7919) %% 10007) / 10007.0 * 0.6 - 0.3
                                else 18.5 + ((i * 7919) %% 100003) / 100003.0 * 30 end,
                           case when i %% 10 < 7 then c.lng + ((i * 104729) %% 10009) / 10009.0 * 0.8 - 0.4
                                else 80 + ((i * 104729) %% 100019) / 100019.0 * 45 end,
                           (select id from region where level = 'COMMUNITY' order by id limit 1),
                           case i %% 4 when 0 then '24h,24h,24h,24h,24h,24h,24h' else %s end,
                           ((i * 2654435761) %% 4096)::int,
                           '13800000000', 'OPEN'
                      from generate_series(1::bigint, %d) i join c on c.k = i %% 20
                    """.formatted(cities, week, STATIONS));
            st.execute("analyze station");
            System.out.printf(Locale.ROOT, "Loaded %,d stations in %.1f s%n", STATIONS, (System.nanoTime() - t0) / 1e9);
        }
    }

    record Bound(String sql, List<String> names) {
    }

    /** Named parameters (:lat) to JDBC placeholders, in order. */
    static Bound bind(String sql) {
        Matcher m = Pattern.compile("(?<!:):([a-zA-Z]+)").matcher(sql);
        List<String> names = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return new Bound(out.toString(), names);
    }

    static void set(PreparedStatement ps, List<String> names, double[] p) throws Exception {
        for (int i = 0; i < names.size(); i++) {
            switch (names.get(i)) {
                case "lat" -> ps.setDouble(i + 1, p[0]);
                case "lng" -> ps.setDouble(i + 1, p[1]);
                case "radius" -> ps.setDouble(i + 1, 5000);
                case "amenity" -> ps.setInt(i + 1, 0);
                case "openNow" -> ps.setBoolean(i + 1, false);
                case "dow" -> ps.setInt(i + 1, 3);
                case "mins" -> ps.setInt(i + 1, 600);
                case "lim" -> ps.setInt(i + 1, 20);
                default -> throw new IllegalStateException("unknown parameter " + names.get(i));
            }
        }
    }

    static String explain(Connection db, String sql, double[] p) throws Exception {
        Bound b = bind("explain (analyze, buffers) " + sql);
        try (PreparedStatement ps = db.prepareStatement(b.sql())) {
            set(ps, b.names(), p);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append("  ").append(rs.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    static double[] sqlTimes(Connection db, String sql, List<double[]> points) throws Exception {
        Bound b = bind(sql);
        try (PreparedStatement ps = db.prepareStatement(b.sql())) {
            for (int i = 0; i < 300; i++) {
                run(ps, b, points.get(i));
            }
            double[] times = new double[2000];
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                run(ps, b, points.get(300 + i));
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
            return times;
        }
    }

    static int run(PreparedStatement ps, Bound b, double[] p) throws Exception {
        set(ps, b.names(), p);
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    record Load(long requests, long errors, double seconds, double[] latencies) {
        double rate() {
            return requests / seconds;
        }
    }

    interface Paths {
        String path(int i);
    }

    /** CONNECTIONS threads, each with its own client (one keep-alive connection and cookies, like a browser). */
    static Load load(String base, Paths paths, int seconds) throws Exception {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        long[] counts = new long[CONNECTIONS];
        long[] errors = new long[CONNECTIONS];
        List<List<Double>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < CONNECTIONS; t++) {
            int id = t;
            List<Double> mine = new ArrayList<>();
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
                int i = id * 7919;
                while (!stop.get()) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(base + paths.path(i++)))
                                .timeout(Duration.ofSeconds(30)).header("Accept", "text/html,application/json")
                                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                        ok = r.statusCode() == 200;
                    } catch (Exception e) {
                        ok = false;
                    }
                    if (measuring.get()) {
                        counts[id]++;
                        if (!ok) {
                            errors[id]++;
                        }
                        mine.add((System.nanoTime() - t0) / 1e6);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(3000);
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        long total = Arrays.stream(counts).sum();
        double[] all = latencies.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
        return new Load(total, Arrays.stream(errors).sum(), elapsed, all);
    }

    static String[] row(String name, Load load, double trivialRate) {
        return new String[] {name, ms(pct(load.latencies(), 50)), ms(pct(load.latencies(), 99)),
                String.format(Locale.ROOT, "%.0f", load.rate()),
                String.format(Locale.ROOT, "%.2f", load.rate() / trivialRate), load.errors() == 0 ? "" : load.errors() + " errors"};
    }

    static void print(List<String[]> rows) {
        System.out.printf("%n| %-58s | %8s | %8s | %8s | %10s | %s%n", "measurement (" + CONNECTIONS
                + " connections for HTTP)", "p50 ms", "p99 ms", "per s", "vs trivial", "note");
        System.out.println("|" + "-".repeat(60) + "|" + "-".repeat(10) + "|" + "-".repeat(10) + "|" + "-".repeat(10)
                + "|" + "-".repeat(12) + "|------");
        for (String[] r : rows) {
            System.out.printf("| %-58s | %8s | %8s | %8s | %10s | %s%n", (Object[]) r);
        }
    }

    static double pct(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    static String ms(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
