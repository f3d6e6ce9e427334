package cn.xinjiuye.portal.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test run, started on first use and shared by every Spring context of the JVM:
 * a server named by PORTAL_TEST_DB_URL (with _USER and _PASSWORD), else a Testcontainers PostgreSQL 17 where Docker
 * runs, else the embedded PostgreSQL 17 binaries. Never H2.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password) {}

    private static Connection connection;

    private TestDatabase() {}

    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    private static Connection start() {
        String url = System.getenv("PORTAL_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(
                    url,
                    System.getenv().getOrDefault("PORTAL_TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("PORTAL_TEST_DB_PASSWORD", "postgres"));
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        EmbeddedPostgres postgres = startEmbedded();
        return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    /** Points a test class's context at a server of its own ({@code @DynamicPropertySource}). */
    public static void useOwn(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    /** A fresh embedded server on a free port; it is stopped when the JVM ends. */
    public static EmbeddedPostgres startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }
}
