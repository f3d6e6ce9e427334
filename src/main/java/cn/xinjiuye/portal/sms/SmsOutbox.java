package cn.xinjiuye.portal.sms;

import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.sms.internal.SmsTemplates;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues a text message in the caller's transaction, so that it is sent exactly when the event that causes it
 * commits. Queuing never fails the caller: a kind without a template, or a recipient that is not a mainland mobile
 * number, is stored as failed with the reason, for the administrators to see on {@code /admin/sms}. A number that
 * opted out (回T退订, table {@code sms_opt_out}) gets no message except a verification code it asked for.
 */
@Service
@RequiredArgsConstructor
public class SmsOutbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final SmsTemplates templates;
    private final Clock clock;

    /**
     * Queues the message of {@code kind} (a template's name, e.g. {@code register-code}) with its parameters for
     * {@code phone}; returns the message's id, or 0 when the number opted out of messages of this kind.
     */
    @Transactional
    public long queue(String phone, String kind, Map<String, String> params) {
        if (!SmsTemplates.isCode(kind) && optedOut(phone)) {
            return 0;
        }
        Map<String, String> values = new TreeMap<>(params);
        SmsTemplates.Rendered rendered = templates.render(kind, values);
        String error = rendered.error();
        if (error == null && !Phones.isMobile(phone)) {
            error = "not a mainland mobile number";
        }
        Timestamp now = Timestamp.from(clock.instant());
        Long id = jdbc.queryForObject(
                """
                insert into sms_message (recipient, kind, params, text, state, next_try_at, last_error, created_at)
                values (?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                phone == null ? "" : phone.trim(),
                kind,
                JSON.writeValueAsString(values),
                rendered.text(),
                error == null ? "PENDING" : "FAILED",
                now,
                error,
                now);
        return id == null ? 0 : id;
    }

    private boolean optedOut(String phone) {
        return phone != null
                && Boolean.TRUE.equals(jdbc.queryForObject(
                        "select exists (select 1 from sms_opt_out where phone = ?)", Boolean.class, phone.trim()));
    }
}
