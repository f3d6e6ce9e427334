package cn.xinjiuye.portal.support;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every test context at {@link TestDatabase} (registered in META-INF/spring.factories), in demo mode, unless
 * the test names its own datasource. The slices keep this server instead of replacing it with an in-memory one. Every context
 * also gets {@link TestClock} as its primary Clock, so a test can fix the time without a context of its own.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            registerTestClock(context);
            if (context.getEnvironment().containsProperty("spring.datasource.url")) {
                return;
            }
            // The shared test database stands in for the embedded one of `./mvnw spring-boot:run`: demo mode, as there
            // (config/DemoOnlyOnTheEmbeddedDatabase), unless the test names its own profiles.
            if (context.getEnvironment().getActiveProfiles().length == 0) {
                context.getEnvironment().addActiveProfile("demo");
            }
            TestDatabase.Connection db = TestDatabase.get();
            context.getEnvironment()
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "testDatabase",
                            Map.of(
                                    "spring.datasource.url", db.url(),
                                    "spring.datasource.username", db.username(),
                                    "spring.datasource.password", db.password(),
                                    "spring.test.database.replace", "none")));
        }

        private static void registerTestClock(ConfigurableApplicationContext context) {
            if (context instanceof GenericApplicationContext generic && !generic.containsBeanDefinition("testClock")) {
                RootBeanDefinition clock = new RootBeanDefinition(Clock.class, () -> TestClock.INSTANCE);
                clock.setPrimary(true);
                generic.registerBeanDefinition("testClock", clock);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
