package cn.xinjiuye.portal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.PortalApplication;
import cn.xinjiuye.portal.jobs.internal.JobRunner;
import cn.xinjiuye.portal.jobs.internal.JobRuns;
import cn.xinjiuye.portal.sms.SmsOutbox;
import cn.xinjiuye.portal.support.TestDatabase;
import cn.xinjiuye.portal.support.TestValues;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes of a cluster: two application contexts on one database, both with the schedule on and every job's cron
 * set to fire every second. Each job must run exactly once in the window, on one node or the other: the ShedLock
 * row keeps the other node (and the next second's firing) out.
 */
class JobsRunOncePerClusterTest {

    /** Every job of the portal; a job missing here keeps its daily cron, does not run, and fails the test. */
    static final List<String> JOBS = List.of(
            "case-due-soon",
            "case-escalation",
            "calendar-missing",
            "tracking-purge",
            "inspection-overdue",
            "letter-due",
            "pipeline-due",
            "committee-term",
            "rate-limit-purge",
            "phone-code-purge",
            "sms-purge");

    @Test
    void twoNodesRunEachJobOnce() throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        ConfigurableApplicationContext first = null;
        ConfigurableApplicationContext second = null;
        try {
            first = node(db);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            // Locks left by an earlier run on a kept test database must not hide this run.
            jdbc.update("delete from shedlock");
            Instant since = jdbc.queryForObject("select now()", java.sql.Timestamp.class)
                    .toInstant();
            String phone = TestValues.mobile();
            long sms = first.getBean(SmsOutbox.class).queue(phone, "register-code", Map.of("code", "314159"));
            second = node(db);
            List<String> jobs = first.getBean(JobRunner.class).jobs().stream()
                    .map(DailyJob::name)
                    .toList();
            assertThat(jobs).containsExactlyInAnyOrderElementsOf(JOBS);
            // Every second both schedulers fire every job; give them a few seconds once both are up.
            Thread.sleep(4000);
            JobRuns runs = first.getBean(JobRuns.class);
            Map<String, Integer> counts = new TreeMap<>();
            for (String job : jobs) {
                counts.put(job, runs.count(job, since));
            }
            assertThat(counts).allSatisfy((job, n) -> assertThat(n).as(job).isEqualTo(1));
            // The SMS sender runs by itself on the nodes (every 200 ms here) and sends the message once.
            assertThat(jdbc.queryForMap("select state, attempts from sms_message where id = ?", sms))
                    .containsEntry("state", "SENT")
                    .containsEntry("attempts", 1);
        } finally {
            if (second != null) {
                second.close();
            }
            if (first != null) {
                first.close();
            }
        }
    }

    private static ConfigurableApplicationContext node(TestDatabase.Connection db) {
        // Command-line arguments: they win over the tests' config/application.properties (jobs off).
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--server.port=0",
                // A start with a URL is production unless demo is named; the shared test database is the demo one.
                "--spring.profiles.active=demo",
                "--portal.jobs.enabled=true",
                "--portal.jobs.lock-at-least-for=10m",
                "--portal.sms.send-every=200ms"));
        JOBS.forEach(job -> args.add("--portal.jobs.cron." + job + "=* * * * * *"));
        return new SpringApplicationBuilder(PortalApplication.class).run(args.toArray(String[]::new));
    }
}
