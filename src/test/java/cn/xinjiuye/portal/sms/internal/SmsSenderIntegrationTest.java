package cn.xinjiuye.portal.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.sms.SmsOutbox;
import cn.xinjiuye.portal.sms.internal.SmsProvider.Outcome;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox and its sender on the real database, with a fixed clock and a provider that answers as scripted:
 * delivery, retries with exponential back-off, permanent failures, giving up, a missing template.
 */
@IntegrationTest
class SmsSenderIntegrationTest {

    // In the past: only messages queued at this fixed time are due, never those of tests running on the real time.
    static final LocalDateTime T0 = LocalDateTime.of(2025, 2, 3, 8, 0);
    static final SmsProperties SETTINGS = new SmsProperties(
            "log", null, 500, new SmsProperties.Retry(Duration.ofSeconds(30), Duration.ofMinutes(10), 4), null);

    @Autowired
    SmsOutbox outbox;

    @Autowired
    SmsSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    /** Answers each message of this test with the next scripted outcome, and records what it was asked to send. */
    static class Scripted implements SmsProvider {
        final Deque<Outcome> script = new ArrayDeque<>();
        final List<Outgoing> sent = new ArrayList<>();
        final List<Long> mine = new ArrayList<>();
        SmsSender sender;

        void sendDue() {
            sender.sendDue();
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public boolean showsCodes() {
            return true;
        }

        @Override
        public Outcome send(Outgoing message) {
            if (!mine.contains(message.id())) {
                // Another test's message, due at this fixed time: leave it waiting.
                return Outcome.retry("not this test's");
            }
            sent.add(message);
            return script.isEmpty() ? Outcome.sent("ok") : script.poll();
        }
    }

    @AfterEach
    void resetTheClock() {
        TestClock.reset();
    }

    /** A provider of this test's own with the sender that uses it, the clock set to {@code now}. */
    Scripted scriptedAt(LocalDateTime now) {
        TestClock.setBeijing(now);
        Scripted provider = new Scripted();
        provider.sender = new SmsSender(jdbc, tx, provider, SETTINGS, TestClock.INSTANCE);
        return provider;
    }

    long queue(Scripted provider) {
        long id = outbox.queue(TestValues.mobile(), "register-code", Map.of("code", "123456"));
        provider.mine.add(id);
        return id;
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap(
                "select state, attempts, next_try_at, provider_message_id, last_error, text from sms_message where id = ?",
                id);
    }

    static Instant beijing(LocalDateTime t) {
        return t.atZone(TestClock.ZONE).toInstant();
    }

    @Test
    void theLogProviderRecordsTheMessageAsSent() {
        TestClock.setBeijing(T0);
        String phone = TestValues.mobile();
        long id = outbox.queue(phone, "register-code", Map.of("code", "654321"));

        sender.sendDue();

        Map<String, Object> row = row(id);
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("provider_message_id")).startsWith("log-");
        assertThat((String) row.get("text")).contains("验证码654321").contains("5分钟内有效");
    }

    @Test
    void passingFailuresAreTriedAgainWithABackOffThatDoubles() {
        Scripted provider = scriptedAt(T0);
        long id = queue(provider);
        provider.script.add(Outcome.retry("isv.BUSINESS_LIMIT_CONTROL: 流控"));
        provider.script.add(Outcome.retry("timeout"));

        provider.sendDue();
        assertThat(row(id))
                .containsEntry("state", "PENDING")
                .containsEntry("attempts", 1)
                .containsEntry("last_error", "isv.BUSINESS_LIMIT_CONTROL: 流控");
        assertThat(((java.sql.Timestamp) row(id).get("next_try_at")).toInstant())
                .isEqualTo(beijing(T0.plusSeconds(30)));

        TestClock.setBeijing(T0.plusSeconds(29));
        provider.sendDue();
        assertThat(provider.sent).hasSize(1);

        TestClock.setBeijing(T0.plusSeconds(30));
        provider.sendDue();
        assertThat(row(id)).containsEntry("attempts", 2).containsEntry("last_error", "timeout");
        assertThat(((java.sql.Timestamp) row(id).get("next_try_at")).toInstant())
                .isEqualTo(beijing(T0.plusSeconds(90)));

        TestClock.setBeijing(T0.plusSeconds(90));
        provider.sendDue();
        assertThat(row(id))
                .containsEntry("state", "SENT")
                .containsEntry("attempts", 3)
                .containsEntry("provider_message_id", "ok");
        assertThat(row(id).get("last_error")).isNull();
        // Sent is sent: a later run leaves it alone.
        TestClock.setBeijing(T0.plusHours(1));
        provider.sendDue();
        assertThat(provider.sent).hasSize(3);
    }

    @Test
    void aPermanentFailureIsNotTriedAgain() {
        Scripted provider = scriptedAt(T0.plusDays(1));
        long id = queue(provider);
        provider.script.add(Outcome.failed("isv.MOBILE_NUMBER_ILLEGAL: 非法手机号"));

        provider.sendDue();
        TestClock.setBeijing(T0.plusDays(2));
        provider.sendDue();

        assertThat(provider.sent).hasSize(1);
        assertThat(row(id))
                .containsEntry("state", "FAILED")
                .containsEntry("attempts", 1)
                .containsEntry("last_error", "isv.MOBILE_NUMBER_ILLEGAL: 非法手机号");
    }

    @Test
    void theSenderGivesUpAfterTheAttemptsAllowed() {
        LocalDateTime t = T0.plusDays(3);
        Scripted provider = scriptedAt(t);
        long id = queue(provider);
        for (int i = 0; i < 10; i++) {
            provider.script.add(Outcome.retry("timeout"));
        }
        for (int i = 0; i < 6; i++) {
            provider.sendDue();
            t = t.plusMinutes(10);
            TestClock.setBeijing(t);
        }
        assertThat(provider.sent).hasSize(4);
        assertThat(row(id)).containsEntry("state", "FAILED").containsEntry("attempts", 4);
        assertThat((String) row(id).get("last_error")).isEqualTo("gave up after 4 attempts: timeout");
    }

    @Test
    void anUnreachableProviderLeavesTheRestOfTheBatchForTheNextRun() {
        Scripted provider = scriptedAt(T0.plusDays(4));
        long first = queue(provider);
        long second = queue(provider);
        provider.script.add(Outcome.unreachable("unreachable: ConnectException"));

        provider.sendDue();

        assertThat(provider.sent).extracting(SmsProvider.Outgoing::id).containsExactly(first);
        assertThat(row(first)).containsEntry("state", "PENDING").containsEntry("attempts", 1);
        assertThat(row(second)).containsEntry("state", "PENDING").containsEntry("attempts", 0);
    }

    @Test
    void aKindWithoutATemplateIsFailedWithTheReasonAndTheCallersWorkCommits() {
        TestClock.setBeijing(T0);
        String phone = TestValues.mobile();
        String marker = TestValues.name("event-");
        long id = tx.execute(s -> {
            jdbc.update(
                    "insert into rate_limit_hit (bucket, limit_key, window_start, hits) values ('t', ?, now(), 1)",
                    marker);
            return outbox.queue(phone, "no-such-kind", Map.of());
        });

        assertThat(jdbc.queryForObject(
                        "select count(*) from rate_limit_hit where limit_key = ?", Integer.class, marker))
                .isEqualTo(1);
        assertThat(row(id))
                .containsEntry("state", "FAILED")
                .containsEntry("last_error", "no template for kind 'no-such-kind'");
        long notMobile = outbox.queue("0412-5551234", "register-code", Map.of("code", "1"));
        assertThat(row(notMobile)).containsEntry("state", "FAILED");
        long missingParameter = outbox.queue(phone, "register-code", Map.of());
        assertThat((String) row(missingParameter).get("last_error")).contains("parameter 'code' missing");
    }

    @Test
    void aMessageQueuedInARolledBackTransactionIsNeverSent() {
        TestClock.setBeijing(T0);
        String phone = TestValues.mobile();
        tx.executeWithoutResult(s -> {
            outbox.queue(phone, "register-code", Map.of("code", "111111"));
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from sms_message where recipient = ?", Integer.class, phone))
                .isZero();
    }
}
