package cn.xinjiuye.portal.jobs.internal;

import cn.xinjiuye.portal.common.limits.RateLimiter;
import cn.xinjiuye.portal.jobs.DailyJob;
import cn.xinjiuye.portal.jobs.JobResult;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Old limiter windows are of no use after two days (no limit has a window longer than a day). */
@Configuration(proxyBeanMethods = false)
class RateLimitJobs {

    @Bean
    DailyJob rateLimitPurgeJob(RateLimiter limiter, Clock clock) {
        return DailyJob.of("rate-limit-purge", "0 40 3 * * *", today -> {
            int purged = limiter.purgeBefore(clock.instant().minus(Duration.ofDays(2)));
            return new JobResult(purged, 0, purged + " old limiter windows deleted");
        });
    }
}
