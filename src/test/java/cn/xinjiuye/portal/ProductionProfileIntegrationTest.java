package cn.xinjiuye.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production settings on an empty database of their own: no demo data and no default credentials; the first
 * administrator comes from the environment and must change its password.
 */
@SpringBootTest(
        properties = {
            "portal.bootstrap-admin.username=chief",
            "portal.bootstrap-admin.password=Very-long-secret-2026",
            "portal.crypto.id-key=cHJvZHVjdGlvbi1rZXktZm9yLXRlc3RzLTAwMDAwMDA="
        })
@ActiveProfiles("prod")
@DirtiesContext
class ProductionProfileIntegrationTest {

    static final EmbeddedPostgres POSTGRES = TestDatabase.startEmbedded();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stop() throws Exception {
        POSTGRES.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void noDemoDataAndOnlyTheBootstrapAdministrator() {
        assertThat(jdbc.queryForObject("select count(*) from region", Integer.class))
                .isZero();
        assertThat(jdbc.queryForList("select username from account", String.class))
                .containsExactly("chief");
        assertThat(jdbc.queryForObject(
                        "select must_change_password from account where username = 'chief'", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject("select password_hash from account", String.class))
                .startsWith("$2a$");
    }
}
