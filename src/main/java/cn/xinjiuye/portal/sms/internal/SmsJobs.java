package cn.xinjiuye.portal.sms.internal;

import cn.xinjiuye.portal.jobs.DailyJob;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox keeps a message 90 days after it was queued (enough to answer "my code never came"), then deletes it:
 * texts hold numbers and codes that nobody needs longer.
 */
@Configuration(proxyBeanMethods = false)
class SmsJobs {

    static final Duration KEPT = Duration.ofDays(90);

    @Bean
    DailyJob smsPurgeJob(JdbcTemplate jdbc, Clock clock) {
        return DailyJob.purge(
                "sms-purge",
                "0 50 3 * * *",
                clock,
                KEPT,
                before -> jdbc.update(
                        "delete from sms_message where state <> 'PENDING' and created_at < ?", Timestamp.from(before)),
                "old text messages deleted");
    }
}
