package cn.xinjiuye.portal.benchmark;

import cn.xinjiuye.portal.support.HttpSession;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Whole pages over HTTP against the portal on localhost, as a browser asks for them (keep-alive, cookies, an HTML
 * Accept header): one connection for latency, several for throughput. Every loop is bounded by a count and a time;
 * an answer other than 200 counts as a failed request.
 */
final class HttpLoad {

    static final int CONNECTIONS = 16;

    /** One connection: pairs (page, reference) of warm-up, then at most this many, for at most this long. */
    static final int LATENCY_WARMUP = Integer.getInteger("benchmark.latency.warmup", 30);

    static final int LATENCY_COUNT = Integer.getInteger("benchmark.latency.count", 200);

    /**
     * One connection, before anything is measured: this many pairs (page, reference) per page, unmeasured, so that
     * the JIT has compiled what each answer runs (on 2 cores, under load, that takes minutes). 0 by default.
     */
    static final int JIT_WARMUP = Integer.getInteger("benchmark.jit.warmup", 0);

    static final Duration LATENCY_TIME = Duration.ofSeconds(Integer.getInteger("benchmark.latency.seconds", 40));

    /**
     * {@link #CONNECTIONS} connections: rounds, and in each, per path, seconds of warm-up and seconds measured; at most
     * this many requests per slice.
     */
    static final int LOAD_ROUNDS = Integer.getInteger("benchmark.load.rounds", 3);

    static final Duration LOAD_WARMUP = Duration.ofSeconds(Integer.getInteger("benchmark.load.warmup", 1));
    static final Duration LOAD_TIME = Duration.ofSeconds(Integer.getInteger("benchmark.load.seconds", 4));
    static final int LOAD_MAX_REQUESTS = 200_000;

    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final String base;
    private final Supplier<CookieHandler> cookies;

    private HttpLoad(int port, Supplier<CookieHandler> cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
    }

    /** Anonymous visitors: every connection has cookies of its own, like one browser each. */
    static HttpLoad anonymous(int port) {
        return new HttpLoad(port, CookieManager::new);
    }

    /** One person signed in through the real login form (CSRF token included); every connection uses that session. */
    static HttpLoad signedIn(int port, String username, String password) throws IOException, InterruptedException {
        CookieManager session = new CookieManager();
        HttpLoad load = new HttpLoad(port, () -> session);
        HttpClient client = load.client();
        String token = HttpSession.csrfFrom(load.get(client, "/login").body());
        HttpResponse<String> answer = client.send(
                HttpRequest.newBuilder(URI.create(load.base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", ACCEPT)
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + HttpSession.enc(username) + "&password="
                                + HttpSession.enc(password) + "&_csrf=" + HttpSession.enc(token)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(
                    "sign-in of " + username + " failed: " + answer.statusCode() + " " + location);
        }
        return load;
    }

    HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies.get())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", ACCEPT)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Whether a first visit without cookies gets a session cookie. */
    static boolean createsSession(int port, String path) throws IOException, InterruptedException {
        HttpLoad fresh = new HttpLoad(port, CookieManager::new);
        HttpResponse<String> r = fresh.get(fresh.client(), path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return r.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("SESSION="));
    }

    /**
     * One connection asking alternately for the page and for the reference, so both are measured under the same
     * conditions: {@code warmup} pairs unmeasured, then up to {@code count} pairs or until {@code max} has passed.
     * Returns the page's timings and the reference's.
     */
    Timings[] alternate(IntFunction<String> page, IntFunction<String> reference, int warmup, int count, Duration max)
            throws InterruptedException {
        HttpClient client = client();
        long deadline = System.nanoTime() + max.toNanos();
        Map<String, Long> ignored = new ConcurrentHashMap<>();
        for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
            request(client, page.apply(i), ignored);
            request(client, reference.apply(i), ignored);
        }
        List<Double> pageMs = new ArrayList<>();
        List<Double> referenceMs = new ArrayList<>();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        Map<String, Long> referenceFailures = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        deadline = start + max.toNanos();
        for (int i = 0; i < count && (i == 0 || System.nanoTime() < deadline); i++) {
            pageMs.add(request(client, page.apply(warmup + i), failures));
            referenceMs.add(request(client, reference.apply(warmup + i), referenceFailures));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Timings[] {Timings.of(pageMs, seconds, failures), Timings.of(referenceMs, seconds, referenceFailures)
        };
    }

    /**
     * {@code connections} threads, each with its own keep-alive connection, asking without pause: {@code warmup}
     * unmeasured, then {@code measure} measured (at most {@code maxRequests} requests in all).
     */
    Timings throughput(IntFunction<String> paths, int connections, Duration warmup, Duration measure, int maxRequests)
            throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong requests = new AtomicLong();
        Map<String, Long> failures = new ConcurrentHashMap<>();
        Map<String, Long> ignored = new ConcurrentHashMap<>();
        List<List<Double>> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < connections; t++) {
            int first = t * 7919;
            List<Double> mine = new ArrayList<>();
            latencies.add(mine);
            Thread thread = new Thread(
                    () -> {
                        HttpClient client = client();
                        for (int i = first; !stop.get(); i++) {
                            boolean measured = measuring.get();
                            double ms = request(client, paths.apply(i), measured ? failures : ignored);
                            if (measured) {
                                if (requests.incrementAndGet() >= maxRequests) {
                                    stop.set(true);
                                }
                                mine.add(ms);
                            }
                        }
                    },
                    "benchmark-load-" + t);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(warmup.toMillis());
        measuring.set(true);
        long start = System.nanoTime();
        long deadline = start + measure.toNanos();
        while (!stop.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        measuring.set(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        List<Double> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        return Timings.of(all, seconds, failures);
    }

    /**
     * The throughputs of several paths under the same conditions, for machines shared with other work: {@link
     * #LOAD_ROUNDS} rounds, in each every path in turn for {@link #LOAD_WARMUP} unmeasured then {@link #LOAD_TIME}
     * measured at {@link #CONNECTIONS} fresh connections (a path's requests never overlap the next path's).
     */
    List<Timings> compare(List<IntFunction<String>> paths) throws InterruptedException {
        List<List<Timings>> slices = new ArrayList<>();
        paths.forEach(p -> slices.add(new ArrayList<>()));
        for (int round = 0; round < LOAD_ROUNDS; round++) {
            for (int p = 0; p < paths.size(); p++) {
                slices.get(p).add(throughput(paths.get(p), CONNECTIONS, LOAD_WARMUP, LOAD_TIME, LOAD_MAX_REQUESTS));
            }
        }
        return slices.stream().map(Timings::merge).toList();
    }

    /** A page to measure: its figure's name, its paths (request i asks for paths.apply(i)) and its p50 target. */
    record Path(String figure, IntFunction<String> paths, Target p50) {}

    /** A page measured beside the reference: latency at one connection, throughput at {@link #CONNECTIONS}. */
    record Page(Timings latency, Timings referenceLatency, Timings throughput, Timings referenceThroughput) {}

    /**
     * Measures pages beside the reference (a trivial page of the same app) and adds their figures to the table: for
     * each page p50 (checked against its target) and p95 at one connection, page and reference asked alternately;
     * then requests per second at {@link #CONNECTIONS} connections, the reference and the pages in turn ({@link
     * #compare}). Each page's first answer must be a 200.
     */
    List<Page> pages(BenchmarkTable table, String reference, Path... pages) throws IOException, InterruptedException {
        List<Timings[]> latencies = new ArrayList<>();
        for (Path page : pages) {
            HttpResponse<String> first = get(client(), page.paths().apply(0));
            if (first.statusCode() != 200) {
                throw new IllegalStateException(page.paths().apply(0) + " answered " + first.statusCode());
            }
        }
        if (JIT_WARMUP > 0) {
            long start = System.nanoTime();
            for (Path page : pages) {
                alternate(page.paths(), i -> reference, JIT_WARMUP, 0, Duration.ofMinutes(5));
            }
            table.info(
                    "JIT warm-up: pairs (page, reference) per page at 1 connection, unmeasured",
                    String.format("%,d in %.0f s", JIT_WARMUP, (System.nanoTime() - start) / 1e9));
        }
        for (Path page : pages) {
            Timings[] latency = alternate(page.paths(), i -> reference, LATENCY_WARMUP, LATENCY_COUNT, LATENCY_TIME);
            table.latency(page.figure() + ", 1 connection", latency[0], latency[1], reference, page.p50());
            latencies.add(latency);
        }
        List<IntFunction<String>> paths = new ArrayList<>();
        paths.add(i -> reference);
        for (Path page : pages) {
            paths.add(page.paths());
        }
        List<Timings> loads = compare(paths);
        List<Page> results = new ArrayList<>();
        for (int p = 0; p < pages.length; p++) {
            table.throughput(
                    pages[p].figure() + ", " + CONNECTIONS + " connections", loads.get(p + 1), loads.get(0), reference);
            results.add(new Page(latencies.get(p)[0], latencies.get(p)[1], loads.get(p + 1), loads.get(0)));
        }
        return results;
    }

    /** Milliseconds of one request; a failure (not 200, or no answer) is counted by kind in {@code failures}. */
    private double request(HttpClient client, String path, Map<String, Long> failures) {
        long t0 = System.nanoTime();
        String failure = null;
        try {
            HttpResponse<byte[]> r = client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept", ACCEPT)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                failure = "HTTP " + r.statusCode();
            }
        } catch (IOException e) {
            failure = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        if (failure != null) {
            failures.merge(failure, 1L, Long::sum);
        }
        return (System.nanoTime() - t0) / 1e6;
    }
}
