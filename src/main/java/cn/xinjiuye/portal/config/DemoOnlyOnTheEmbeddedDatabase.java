package cn.xinjiuye.portal.config;

import java.util.Arrays;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Safe by default: the demo profile (demo data, demo accounts with the published password, the built-in ID-number
 * key) is switched on only where no datasource URL is configured, that is on the embedded PostgreSQL of
 * {@code ./mvnw spring-boot:run} on a fresh machine, or when {@code demo} is named as a profile. A start with a
 * datasource URL and no profile behaves as production. Runs after the config files are read, so a URL given in any
 * of them counts.
 */
class DemoOnlyOnTheEmbeddedDatabase implements EnvironmentPostProcessor, Ordered {

    static final String DEMO = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (demoByDefault(environment)) {
            environment.addActiveProfile(DEMO);
        }
    }

    static boolean demoByDefault(ConfigurableEnvironment environment) {
        String url = environment.getProperty("spring.datasource.url");
        boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
        return (url == null || url.isBlank()) && !production;
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
