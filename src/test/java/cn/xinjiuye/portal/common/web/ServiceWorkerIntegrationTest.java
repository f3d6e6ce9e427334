package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.HttpSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The offline worker (issue 13, point 5) is served by the portal at the root (not under a hashed URL), for anyone,
 * revalidated on each check so an update reaches phones; every page registers it through offline.js (a hashed
 * URL); the policy names the portal as the only source of workers and manifests and still allows no inline script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceWorkerIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theWorkerIsServedFromTheRootWithItsScopeAndNoLongCache() throws Exception {
        HttpResponse<String> sw = new HttpSession(port).get("/sw.js");
        assertThat(sw.statusCode()).isEqualTo(200);
        assertThat(sw.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(sw.headers().firstValue("Service-Worker-Allowed")).hasValue("/");
        assertThat(sw.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        assertThat(sw.body()).contains("addEventListener('fetch'");
        String etag = sw.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sw.js"))
                                .header("If-None-Match", etag)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void pagesRegisterItAndThePolicyAllowsOnlyTheSameOriginWorker() throws Exception {
        HttpResponse<String> page = new HttpSession(port).get("/public/cases/new");
        assertThat(page.body())
                .containsPattern("src=\"/js/offline-[0-9a-f]{32}\\.js\"")
                .contains("data-sw=\"/sw.js\"")
                .contains("id=\"report-queue\"");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("worker-src 'self'")
                .contains("manifest-src 'self'")
                .contains("script-src 'self';")
                .doesNotContain("unsafe-inline");
    }
}
