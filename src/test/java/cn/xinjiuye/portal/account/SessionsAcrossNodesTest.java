package cn.xinjiuye.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.PortalApplication;
import cn.xinjiuye.portal.support.HttpSession;
import cn.xinjiuye.portal.support.TestDatabase;
import cn.xinjiuye.portal.support.TestValues;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two nodes of a cluster: two portals on different ports on one database. A session made on one works on the other
 * (sessions live in PostgreSQL), and an administrator disabling the account on the other node ends it on the first:
 * its next request lands on the sign-in page, which says why.
 */
class SessionsAcrossNodesTest {

    @Test
    void aSessionOfOneNodeWorksOnTheOtherAndEndsOnBothWhenTheAccountIsDisabled() throws Exception {
        try (ConfigurableApplicationContext first = node();
                ConfigurableApplicationContext second = node()) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            String hash = first.getBean(PasswordEncoder.class).encode("secret123");
            String username = TestValues.name("node");
            long id = jdbc.queryForObject(
                    "insert into account (username, display_name, password_hash, role, region_id) values (?, '两节点', ?, "
                            + "'ORG_STAFF', (select id from region where code = '210302')) returning id",
                    Long.class,
                    username,
                    hash);
            String administrator = TestValues.name("chief");
            jdbc.update(
                    "insert into account (username, display_name, password_hash, role) values (?, '管理员', ?, 'ADMIN')",
                    administrator,
                    hash);

            HttpSession onFirst = new HttpSession(port(first));
            HttpSession onSecond = onFirst.onPort(port(second));
            assertThat(onFirst.signIn(username, "secret123")).endsWith("/");
            assertThat(onSecond.get("/regions").statusCode()).isEqualTo(200);
            assertThat(onFirst.get("/regions").statusCode()).isEqualTo(200);

            HttpSession admin = new HttpSession(port(second));
            assertThat(admin.signIn(administrator, "secret123")).endsWith("/");
            String page = admin.get("/admin/accounts/" + id).body();
            long version = jdbc.queryForObject("select version from account where id = ?", Long.class, id);
            HttpResponse<String> disabled = admin.post(
                    "/admin/accounts/" + id + "/enabled",
                    "enabled=false&version=" + version + "&_csrf=" + HttpSession.enc(HttpSession.csrfFrom(page)));
            assertThat(disabled.statusCode()).isEqualTo(302);

            HttpResponse<String> next = onFirst.get("/regions");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login?ended=DISABLED");
            assertThat(onFirst.get("/login?ended=DISABLED").body()).contains("该账户已被管理员停用");
            assertThat(onSecond.get("/regions").headers().firstValue("Location").orElse(""))
                    .endsWith("/login");
        }
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext node() {
        TestDatabase.Connection db = TestDatabase.get();
        return new SpringApplicationBuilder(PortalApplication.class)
                .run(
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--spring.profiles.active=demo",
                        "--server.port=0");
    }
}
