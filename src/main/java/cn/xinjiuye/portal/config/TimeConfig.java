package cn.xinjiuye.portal.config;

import cn.xinjiuye.portal.common.time.MovableClock;
import cn.xinjiuye.portal.common.time.PortalTime;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's one clock: every "now" and "today" of the main code comes from it, in the zone of the district's
 * working day ({@code portal.time-zone}), whatever zone the JVM runs in. Tests replace it with a fixed clock
 * (a primary Clock bean), which is then also the one entities stamp their changes with ({@link PortalTime}). It
 * is a {@link MovableClock} so that the demo loader can replay the demo's year through the services.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock(@Value("${portal.time-zone:Asia/Shanghai}") ZoneId zone) {
        return new MovableClock(zone);
    }

    /** Entities and view records are not beans: they read the clock Spring injects (the primary one). */
    @Bean
    InitializingBean portalTime(Clock clock) {
        return () -> PortalTime.use(clock);
    }

    /**
     * Hibernate instantiates every entity while it builds the EntityManagerFactory, and entities stamp their
     * creation time from {@link PortalTime}: the clock is handed over first.
     */
    @Bean
    static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryAfterThePortalTime() {
        return new EntityManagerFactoryDependsOnPostProcessor("portalTime");
    }
}
