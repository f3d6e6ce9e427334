package cn.xinjiuye.portal.jobs.internal;

import cn.xinjiuye.portal.jobs.DailyJob;
import java.time.Clock;
import java.time.ZoneId;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The locks (ShedLock on the {@code shedlock} table of V62, timed by the database's clock so that nodes agree) and,
 * unless {@code portal.jobs.enabled=false} (the tests), the schedule: every {@link DailyJob} at its cron in the
 * portal's zone.
 */
@Configuration(proxyBeanMethods = false)
class JobScheduler {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }

    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "portal.jobs.enabled", havingValue = "true", matchIfMissing = true)
    static class Schedule implements SchedulingConfigurer {

        private static final Logger log = LoggerFactory.getLogger(Schedule.class);

        private final JobRunner runner;
        private final Environment env;
        private final ZoneId zone;

        Schedule(JobRunner runner, Environment env, Clock clock) {
            this.runner = runner;
            this.env = env;
            this.zone = clock.getZone();
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            for (DailyJob job : runner.jobs()) {
                String cron = cron(env, job);
                // The trigger's own zone: the JVM's zone (UTC on the servers) must not move the hour.
                registrar.addTriggerTask(() -> runner.runLocked(job), new CronTrigger(cron, zone));
                log.info("job {} scheduled at '{}' ({})", job.name(), cron, zone);
            }
        }
    }

    /** The job's cron: its setting {@code portal.jobs.cron.<name>} if given, else its default. */
    static String cron(Environment env, DailyJob job) {
        return env.getProperty("portal.jobs.cron." + job.name(), job.cron());
    }
}
