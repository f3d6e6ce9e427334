package cn.xinjiuye.portal.sms.internal;

import cn.xinjiuye.portal.sms.internal.SmsProvider.Outcome;
import cn.xinjiuye.portal.sms.internal.SmsProvider.Outgoing;
import cn.xinjiuye.portal.sms.internal.SmsProvider.Status;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers the due messages of the outbox, oldest first, each in a transaction of its own that holds the row
 * ({@code for update skip locked}), so that a message is never sent twice even if two senders overlapped. Passing
 * failures are tried again with exponential back-off up to the attempts allowed; permanent ones are marked failed at
 * once; when the provider is unreachable the rest of the batch waits for the next run.
 */
@Component
@RequiredArgsConstructor
public class SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};
    private static final int MAX_ERROR = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SmsProvider provider;
    private final SmsProperties properties;
    private final Clock clock;

    /** Sends what is due now; returns how many messages were tried. */
    public int sendDue() {
        List<Long> due = jdbc.queryForList(
                "select id from sms_message where state = 'PENDING' and next_try_at <= ? order by next_try_at, id "
                        + "limit ?",
                Long.class,
                Timestamp.from(clock.instant()),
                properties.batchSize());
        int tried = 0;
        for (long id : due) {
            Status status = tx.execute(s -> deliver(id));
            if (status == null) {
                continue;
            }
            tried++;
            if (status == Status.UNREACHABLE) {
                break;
            }
        }
        return tried;
    }

    private Status deliver(long id) {
        Instant now = clock.instant();
        List<Outgoing> held = jdbc.query(
                "select id, recipient, kind, params::text as params, text from sms_message "
                        + "where id = ? and state = 'PENDING' and next_try_at <= ? for update skip locked",
                (rs, n) -> new Outgoing(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("kind"),
                        JSON.readValue(rs.getString("params"), PARAMS),
                        rs.getString("text")),
                id,
                Timestamp.from(now));
        if (held.isEmpty()) {
            return null;
        }
        Outcome outcome = tryToSend(held.get(0));
        int attempts = jdbc.queryForObject(
                "update sms_message set attempts = attempts + 1, provider = ? where id = ? returning attempts",
                Integer.class,
                provider.name(),
                id);
        switch (outcome.status()) {
            case SENT ->
                jdbc.update(
                        "update sms_message set state = 'SENT', provider_message_id = ?, sent_at = ?, last_error = null "
                                + "where id = ?",
                        outcome.messageId(),
                        Timestamp.from(now),
                        id);
            case FAILED -> failed(id, outcome.error());
            case RETRY, UNREACHABLE -> {
                if (attempts >= properties.retry().maxAttempts()) {
                    failed(id, "gave up after " + attempts + " attempts: " + outcome.error());
                } else {
                    jdbc.update(
                            "update sms_message set next_try_at = ?, last_error = ? where id = ?",
                            Timestamp.from(now.plus(properties.retry().after(attempts))),
                            cut(outcome.error()),
                            id);
                }
            }
        }
        return outcome.status();
    }

    private Outcome tryToSend(Outgoing message) {
        try {
            return provider.send(message);
        } catch (RuntimeException e) {
            log.warn("SMS {} could not be sent", message.id(), e);
            return Outcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void failed(long id, String error) {
        log.warn("SMS {} failed for good: {}", id, error);
        jdbc.update("update sms_message set state = 'FAILED', last_error = ? where id = ?", cut(error), id);
    }

    private static String cut(String error) {
        String e = error == null ? "" : error;
        return e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e;
    }
}
