package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.HttpSession;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The error pages as a browser gets them from the real server: in the user's language, with no stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static void assertNoInternals(String body) {
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("at cn.xinjiuye")
                .doesNotContain("trace")
                .doesNotContain("Whitelabel");
    }

    @Test
    void forbiddenNotFoundAndUnknownPagesAreFriendly() throws Exception {
        HttpSession browser = new HttpSession(port);
        assertThat(browser.signIn("fukang", DemoData.PASSWORD)).endsWith("/");
        long other = jdbc.queryForObject("select id from region where code = '210212003001'", Long.class);

        HttpResponse<String> forbidden = browser.get("/regions/" + other);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("无权访问");
        assertNoInternals(forbidden.body());

        HttpResponse<String> missing = browser.get("/regions/999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在");
        assertNoInternals(missing.body());

        HttpResponse<String> badId = browser.get("/regions/abc");
        assertThat(badId.statusCode()).isEqualTo(404);
        assertNoInternals(badId.body());

        HttpResponse<String> noSuchPage = browser.get("/no/such/page?lang=en");
        assertThat(noSuchPage.statusCode()).isEqualTo(404);
        assertThat(noSuchPage.body()).contains("Not found");
        assertNoInternals(noSuchPage.body());
    }

    @Test
    void aStaleEditShowsTheConflictPage() throws Exception {
        HttpSession browser = new HttpSession(port);
        browser.signIn("tiedong", DemoData.PASSWORD);
        long id = jdbc.queryForObject("select id from region where code = '210302012001'", Long.class);
        String token =
                HttpSession.csrfFrom(browser.get("/regions/" + id + "/edit").body());
        HttpResponse<String> conflict = browser.post(
                "/regions/" + id,
                "code=210302012001&name=" + HttpSession.enc("园林社区") + "&version=-5&_csrf=" + HttpSession.enc(token));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("内容已被他人修改");
        assertNoInternals(conflict.body());
    }

    @Test
    void securityHeadersAllowThePortalAndTheTileHostOnly() throws Exception {
        HttpResponse<String> login = new HttpSession(port).get("/login");
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("img-src 'self' data: blob: https://*.tile.openstreetmap.org")
                .doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
