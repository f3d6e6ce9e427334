package cn.xinjiuye.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A plain start against an empty database, with a datasource URL and no profile (what an operator types first), is
 * production: the built-in ID-number key is refused at start-up, and with a key of its own the portal loads no demo
 * data and has no account with the published demo password; its first administrator comes from the environment.
 */
class SafeDefaultsIntegrationTest {

    static final EmbeddedPostgres POSTGRES = TestDatabase.startEmbedded();

    @AfterAll
    static void stop() throws Exception {
        POSTGRES.close();
    }

    @Test
    void onlyAUrlRefusesToStartWithTheBuiltInIdKey() {
        assertThatThrownBy(() -> start())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PORTAL_CRYPTO_ID_KEY")
                .hasMessageContaining("demo key is refused");
        assertThatThrownBy(() -> start("--portal.crypto.id-key=ZGVtby1rZXktZm9yLWlkLW51bWJlcnMtMDAwMDAwMDA="))
                .rootCause()
                .hasMessageContaining("demo key is refused");
    }

    @Test
    void aUrlAndAKeyStartWithoutDemoDataOrDemoPasswords() {
        try (ConfigurableApplicationContext portal = start(
                "--portal.crypto.id-key=cHJvZHVjdGlvbi1rZXktZm9yLXRlc3RzLTAwMDAwMDA=",
                "--portal.bootstrap-admin.username=chief",
                "--portal.bootstrap-admin.password=Very-long-secret-2026")) {
            assertThat(portal.getEnvironment().getActiveProfiles()).doesNotContain("demo");
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            PasswordEncoder encoder = portal.getBean(PasswordEncoder.class);
            assertThat(jdbc.queryForObject("select count(*) from region", Integer.class))
                    .isZero();
            List<String> hashes = jdbc.queryForList("select password_hash from account", String.class);
            assertThat(hashes).noneMatch(hash -> encoder.matches(DemoData.PASSWORD, hash));
            assertThat(jdbc.queryForList("select username from account", String.class))
                    .containsExactly("chief");
            assertThat(jdbc.queryForObject(
                            "select must_change_password from account where username = 'chief'", Boolean.class))
                    .isTrue();
        }
    }

    /** The portal as `java -jar` starts it: only the URL on the command line, no profile. */
    private static ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(
                List.of("--spring.datasource.url=" + POSTGRES.getJdbcUrl("postgres", "postgres"), "--server.port=0"));
        args.addAll(Arrays.asList(more));
        return new SpringApplicationBuilder(PortalApplication.class).run(args.toArray(String[]::new));
    }
}
