package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.HttpSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files come from their own folders (WebConfig), cached a week, webjars also without their version; links to
 * pages are not static files, so the resource chain leaves them alone instead of searching the classpath for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticFilesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ResourceUrlProvider resources;

    @Test
    void cssJsAndWebjarsAreServedAndCachedForAWeek() throws Exception {
        HttpSession browser = new HttpSession(port);
        for (String path :
                new String[] {"/css/app.css", "/js/public-stations.js", "/webjars/bootstrap/css/bootstrap.min.css"}) {
            HttpResponse<String> file = browser.get(path);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("max-age=604800");
        }
    }

    @Test
    void onlyStaticFoldersGoThroughTheResourceChain() {
        assertThat(resources.getHandlerMap().keySet())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("/css/**", "/js/**", "/webjars/**");
        assertThat(resources.getForLookupPath("/public/stations/1")).isNull();
        assertThat(resources.getForLookupPath("/css/app.css")).isEqualTo("/css/app.css");
    }
}
