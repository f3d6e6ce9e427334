package cn.xinjiuye.portal.governance.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Timeline steps written by the portal itself (actor {@code system}): a recomputed due date, an automatic 督办. The
 * note is stored in Chinese, the language of the record, like the notes staff type.
 */
@Component
@RequiredArgsConstructor
class SystemCaseEvents {

    static final String ACTOR = "system";

    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final Clock clock;

    /** Writes the step; its note is the message {@code noteKey} with {@code args}, in Chinese. */
    void write(long caseId, CaseAction action, boolean publicStep, String noteKey, Object... args) {
        String note = messages.getMessage(noteKey, args, Locale.SIMPLIFIED_CHINESE);
        jdbc.update(
                "insert into case_event (case_id, at, actor, action, note, public_step) values (?, ?, ?, ?, ?, ?)",
                caseId,
                Timestamp.from(clock.instant()),
                ACTOR,
                action.name(),
                note,
                publicStep);
    }

    /** A 督办 note by the portal, on the supervision list like the notes of street and district staff. */
    void supervise(long caseId, String noteKey, Object... args) {
        String note = messages.getMessage(noteKey, args, Locale.SIMPLIFIED_CHINESE);
        jdbc.update(
                "insert into case_supervision (case_id, note, noted_by, noted_at) values (?, ?, ?, ?)",
                caseId,
                note,
                ACTOR,
                Timestamp.from(clock.instant()));
    }
}
