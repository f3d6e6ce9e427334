package cn.xinjiuye.portal.benchmark;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A benchmark of the whole portal on a random port, on a database of its own (each subclass names it in a
 * {@code @DynamicPropertySource} through {@link BenchmarkDatabase}): the port, the database, the trivial page that
 * pages are measured beside, and a signed-in user for calls to the services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class ServerBenchmark {

    /** A page of the same app that creates no session: what a page's figures are compared with. */
    static final String TRIVIAL = "/actuator/health";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in a staff user of the region with that code, for calls to the services. */
    void signIn(Role role, String code) {
        Map<String, Object> r = jdbc.queryForMap("select id, path, name from region where code = ?", code);
        signIn(new CurrentUser(
                0,
                "benchmark",
                "benchmark",
                "",
                role,
                (Long) r.get("id"),
                (String) r.get("path"),
                (String) r.get("name"),
                true,
                false));
    }

    /**
     * Whole pages over HTTP as the district's dispatcher (an ORG_STAFF account of {@link BenchmarkData#DISTRICT} signed
     * in through the login form), beside {@link #TRIVIAL}, which is checked to create no session.
     */
    void dispatcherPages(BenchmarkTable table, HttpLoad.Path... pages) throws Exception {
        BenchmarkData.account(jdbc, encoder, "bench-dispatcher", "ORG_STAFF", BenchmarkData.DISTRICT);
        HttpLoad dispatcher = HttpLoad.signedIn(port, "bench-dispatcher", BenchmarkData.PASSWORD);
        table.check("reference " + TRIVIAL + " creates no session", !HttpLoad.createsSession(port, TRIVIAL), "");
        dispatcher.pages(table, TRIVIAL, pages);
    }

    void signIn(CurrentUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user,
                        null,
                        List.of(new SimpleGrantedAuthority(user.role().authority()))));
    }
}
