package cn.xinjiuye.portal.sms.internal;

import java.time.Clock;
import java.time.Duration;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the sender every {@code portal.sms.send-every} (5 s), once per cluster: under the jobs module's ShedLock
 * (the lock "sms-sender", released as soon as the run ends). Off with {@code portal.jobs.enabled=false}: the tests
 * call {@link SmsSender#sendDue()} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "portal.jobs.enabled", havingValue = "true", matchIfMissing = true)
@RequiredArgsConstructor
class SmsSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(SmsSchedule.class);
    /** Longer than a batch can take (20 messages × the read timeout), so no second node starts meanwhile. */
    private static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(5);

    private final SmsSender sender;
    private final LockingTaskExecutor locks;
    private final SmsProperties properties;
    private final Clock clock;

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::runOnce, properties.sendEvery());
        log.info("SMS sender every {} ({} provider)", properties.sendEvery(), properties.provider());
    }

    void runOnce() {
        try {
            locks.executeWithLock(
                    (Runnable) sender::sendDue,
                    new LockConfiguration(clock.instant(), "sms-sender", LOCK_AT_MOST_FOR, Duration.ZERO));
        } catch (RuntimeException e) {
            log.error("SMS sender run failed", e);
        }
    }
}
