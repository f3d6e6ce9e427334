package cn.xinjiuye.portal.jobs.internal;

import cn.xinjiuye.portal.common.limits.RateLimiter;
import cn.xinjiuye.portal.jobs.DailyJob;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Old limiter windows are of no use after two days (no limit has a window longer than a day). */
@Configuration(proxyBeanMethods = false)
class RateLimitJobs {

    @Bean
    DailyJob rateLimitPurgeJob(RateLimiter limiter, Clock clock) {
        return DailyJob.purge(
                "rate-limit-purge",
                "0 40 3 * * *",
                clock,
                Duration.ofDays(2),
                limiter::purgeBefore,
                "old limiter windows deleted");
    }
}
