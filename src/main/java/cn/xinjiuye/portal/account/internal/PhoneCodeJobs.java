package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.jobs.DailyJob;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A phone code is of no use a day after it expired: its row (with a pending registration's data) goes. */
@Configuration(proxyBeanMethods = false)
class PhoneCodeJobs {

    @Bean
    DailyJob phoneCodePurgeJob(PhoneCodes codes, Clock clock) {
        return DailyJob.purge(
                "phone-code-purge",
                "0 45 3 * * *",
                clock,
                Duration.ofDays(1),
                codes::purgeExpiredBefore,
                "expired phone codes deleted");
    }
}
