package cn.xinjiuye.portal.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 13, point 10: what the courier finder costs a phone on weak signal, in bytes on the wire (gzip bodies and
 * response headers, as the browser's network panel counts "transferred"). The first visit is the finder without a
 * location and then with it (where the script sends the phone), with every asset those pages make a phone load:
 * stylesheets, scripts, images that are not lazy, icons (the SVG sprite that {@code <use>} names too) and the manifest (not the apple-touch-icon, which only iOS's
 * "add to home screen" loads; not the map tiles, which come from the tile server; not lazy thumbnails). At most
 * 150 KB. The repeat visit loads the same pages again: what is cached as fresh (the year-long immutable assets) is not
 * asked for; everything else is asked again with its validators (If-None-Match, If-Modified-Since) and counted as the
 * server answers. At most 30 KB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FinderTransferBudgetIntegrationTest {

    static final long FIRST_VISIT_BUDGET = 150 * 1024;
    static final long REPEAT_VISIT_BUDGET = 30 * 1024;
    static final List<String> PAGES = List.of("/public/stations", "/public/stations?lat=41.110500&lng=122.990500");

    static final Pattern TAG = Pattern.compile("<(link|script|img|use)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    static final Pattern ATTR = Pattern.compile("([\\w-]+)=\"([^\"]*)\"");
    static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** One response as it crossed the wire, and what a browser keeps of it. */
    record Fetched(String path, int status, long bytes, HttpHeaders headers) {

        boolean freshInCache() {
            String cc = headers.firstValue("Cache-Control").orElse("");
            Matcher m = MAX_AGE.matcher(cc);
            return m.find() && Long.parseLong(m.group(1)) > 0 && !cc.contains("no-cache") && !cc.contains("no-store");
        }
    }

    @Test
    void theFinderLoadsInAtMost150KbFirstAnd30KbAgain() throws Exception {
        Map<String, Fetched> first = new LinkedHashMap<>();
        for (String page : PAGES) {
            Fetched html = fetch(page, null);
            assertThat(html.status()).as(page).isEqualTo(200);
            first.put(page, html);
            for (String asset : assets(body(page))) {
                if (!first.containsKey(asset)) {
                    Fetched a = fetch(asset, null);
                    assertThat(a.status()).as(asset).isEqualTo(200);
                    first.put(asset, a);
                }
            }
        }
        long firstTotal = first.values().stream().mapToLong(Fetched::bytes).sum();

        Map<String, Fetched> again = new LinkedHashMap<>();
        for (Fetched f : first.values()) {
            if (!f.freshInCache()) {
                again.put(f.path(), fetch(f.path(), f.headers()));
            }
        }
        long againTotal = again.values().stream().mapToLong(Fetched::bytes).sum();

        System.out.println(report("first visit", first, firstTotal) + report("repeat visit", again, againTotal));
        assertThat(first.keySet())
                .anyMatch(p -> p.contains("leaflet"))
                .anyMatch(p -> p.contains("/js/public-stations"));
        assertThat(firstTotal).as(report("first visit", first, firstTotal)).isLessThanOrEqualTo(FIRST_VISIT_BUDGET);
        assertThat(againTotal).as(report("repeat visit", again, againTotal)).isLessThanOrEqualTo(REPEAT_VISIT_BUDGET);
        // Nothing but the pages themselves should need asking again.
        assertThat(again.keySet())
                .allMatch(p -> PAGES.contains(p) || again.get(p).status() == 304);
    }

    /** The paths a phone loads for the page: stylesheets, icons, sprite files, manifest, scripts, images that are not lazy. */
    static List<String> assets(String html) {
        return TAG.matcher(html)
                .results()
                .map(m -> {
                    Map<String, String> a = new LinkedHashMap<>();
                    ATTR.matcher(m.group(2))
                            .results()
                            .forEach(r -> a.put(r.group(1).toLowerCase(Locale.ROOT), r.group(2)));
                    String tag = m.group(1).toLowerCase(Locale.ROOT);
                    if (tag.equals("link")) {
                        String rel = a.getOrDefault("rel", "");
                        return rel.equals("stylesheet") || rel.equals("icon") || rel.equals("manifest")
                                ? a.get("href")
                                : null;
                    }
                    if (tag.equals("use")) {
                        String href = a.getOrDefault("href", "");
                        return href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                    }
                    if (tag.equals("img") && "lazy".equals(a.get("loading"))) {
                        return null;
                    }
                    return a.get("src");
                })
                .filter(p -> p != null && p.startsWith("/"))
                .map(p -> p.replace("&amp;", "&"))
                .distinct()
                .toList();
    }

    String body(String path) throws IOException, InterruptedException {
        return client.send(
                        request(path, "identity").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    /** A gzip-accepting GET, conditional on the validators of an earlier response when given. */
    Fetched fetch(String path, HttpHeaders earlier) throws IOException, InterruptedException {
        HttpRequest.Builder r = request(path, "gzip");
        if (earlier != null) {
            earlier.firstValue("ETag").ifPresent(v -> r.header("If-None-Match", v));
            earlier.firstValue("Last-Modified").ifPresent(v -> r.header("If-Modified-Since", v));
        }
        HttpResponse<byte[]> response = client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
        long headerBytes = "HTTP/1.1 200 OK\r\n\r\n".length();
        for (Map.Entry<String, List<String>> h : response.headers().map().entrySet()) {
            for (String v : h.getValue()) {
                headerBytes += h.getKey().length() + 2 + v.length() + 2;
            }
        }
        return new Fetched(path, response.statusCode(), headerBytes + response.body().length, response.headers());
    }

    HttpRequest.Builder request(String path, String encoding) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Encoding", encoding)
                .header("Accept-Language", "zh-CN,zh;q=0.9")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    static String report(String visit, Map<String, Fetched> fetched, long total) {
        StringBuilder s = new StringBuilder(
                String.format(Locale.ROOT, "%n%s: %.1f KB in %d responses%n", visit, total / 1024.0, fetched.size()));
        fetched.values()
                .forEach(f -> s.append(
                        String.format(Locale.ROOT, "  %7.1f KB  %d  %s%n", f.bytes() / 1024.0, f.status(), f.path())));
        return s.toString();
    }
}
