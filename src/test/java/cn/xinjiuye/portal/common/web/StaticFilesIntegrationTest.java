package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.HttpSession;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files come from their own folders (WebConfig): pages link the portal's CSS and JS by content-hashed URLs and
 * webjars by their versioned path, each cached for a year as immutable; pages, styles, scripts and JSON are
 * compressed. Links to pages are not static files, so the resource chain leaves them alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticFilesIntegrationTest {

    static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");
    static final Pattern HASHED = Pattern.compile("/(?:css|js)/[\\w-]+-[0-9a-f]{32}\\.(?:css|js)");
    static final Pattern VERSIONED = Pattern.compile("/webjars/[\\w-]+/\\d+\\.\\d+[^/]*/.+");

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrlProvider resources;

    @Test
    void pagesLinkHashedOrVersionedAssetsCachedForAYear() throws Exception {
        HttpSession browser = new HttpSession(port);
        String page = browser.get("/public/stations").body();
        List<String> assets = ASSET.matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(assets).isNotEmpty();
        for (String path : assets) {
            assertThat(HASHED.matcher(path).matches() || VERSIONED.matcher(path).matches())
                    .as(path + " names its content or version")
                    .isTrue();
            HttpResponse<String> file = browser.get(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("max-age=31536000")
                    .contains("immutable");
        }
        assertThat(assets).anyMatch(a -> a.startsWith("/css/app-"));
    }

    @Test
    void pagesScriptsAndJsonAreCompressed() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {
            "/login",
            resources.getForLookupPath("/js/map.js"),
            "/api/stations/nearby?lat=41.1112&lng=122.9912&radius=50000"
        }) {
            HttpResponse<byte[]> plain =
                    client.send(request(path, "identity"), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzip = client.send(request(path, "gzip"), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(gzip.statusCode()).as(path).isEqualTo(200);
            assertThat(gzip.headers().firstValue("Content-Encoding"))
                    .as(path + " (" + plain.body().length + " bytes)")
                    .hasValue("gzip");
            assertThat(gzip.body().length).as(path).isLessThan(plain.body().length / 2);
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
                assertThat(in.readAllBytes()).as(path).hasSize(plain.body().length);
            }
        }
    }

    HttpRequest request(String path, String encoding) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding)
                .build();
    }

    @Test
    void onlyStaticFoldersGoThroughTheResourceChain() {
        assertThat(resources.getHandlerMap().keySet())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder(
                        "/css/**",
                        "/js/**",
                        "/vendor/**",
                        "/img/**",
                        "/favicon.ico",
                        "/manifest.webmanifest",
                        "/webjars/**");
        assertThat(resources.getForLookupPath("/public/stations/1")).isNull();
        assertThat(resources.getForLookupPath("/css/app.css")).matches("/css/app-[0-9a-f]{32}\\.css");
    }
}
