package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.jobs.DailyJob;
import cn.xinjiuye.portal.jobs.JobResult;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A phone code is of no use a day after it expired: its row (with a pending registration's data) goes. */
@Configuration(proxyBeanMethods = false)
class PhoneCodeJobs {

    @Bean
    DailyJob phoneCodePurgeJob(PhoneCodes codes, Clock clock) {
        return DailyJob.of("phone-code-purge", "0 45 3 * * *", today -> {
            int purged = codes.purgeExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
            return new JobResult(purged, 0, purged + " expired phone codes deleted");
        });
    }
}
