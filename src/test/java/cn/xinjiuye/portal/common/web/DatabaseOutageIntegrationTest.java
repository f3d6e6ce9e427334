package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.HttpSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running portal: pages answer 503 in the user's language, health says DOWN,
 * and when the database returns the portal serves again by itself. Uses a PostgreSQL server of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseOutageIntegrationTest {

    static final Path DATA;
    static final int PG_PORT;
    static EmbeddedPostgres postgres;

    static {
        try {
            DATA = Files.createTempDirectory("outage-pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                PG_PORT = socket.getLocalPort();
            }
            postgres = start();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(DATA)
                .setCleanDataDirectory(false)
                .setPort(PG_PORT)
                .setServerConfig("timezone", "UTC")
                .start();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @LocalServerPort
    int port;

    @Test
    void pagesAnswer503WhileTheDatabaseIsAwayAndRecoverByThemselves() throws Exception {
        HttpSession browser = new HttpSession(port);
        assertThat(browser.signIn("tiedong", DemoData.PASSWORD)).endsWith("/");
        assertThat(browser.get("/regions").statusCode()).isEqualTo(200);

        postgres.close();

        HttpResponse<String> down = browser.get("/regions");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("服务暂时不可用").doesNotContain("Exception");
        HttpResponse<String> downEnglish = browser.get("/regions?lang=en");
        assertThat(downEnglish.body()).contains("Service temporarily unavailable");
        assertThat(browser.get("/actuator/health").statusCode()).isEqualTo(503);

        postgres = start();

        int status = 0;
        for (int i = 0; i < 30 && status != 200; i++) {
            status = browser.get("/regions").statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertThat(status).isEqualTo(200);
        assertThat(browser.get("/actuator/health").statusCode()).isEqualTo(200);
    }
}
