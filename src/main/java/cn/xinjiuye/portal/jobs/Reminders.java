package cn.xinjiuye.portal.jobs;

import cn.xinjiuye.portal.inbox.Inbox;
import cn.xinjiuye.portal.inbox.Notice;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders stored for accounts: the home page's to-do panel shows them while their day is recent, and each new one
 * is also a notice in the account's inbox (same transaction, same dedupe key). Storing is idempotent: a reminder
 * whose dedupe key the account already has is left out.
 */
@Service
@RequiredArgsConstructor
public class Reminders {

    /** Arguments are stored in one column, separated by the ASCII unit separator (never typed by anyone). */
    static final String SEPARATOR = "\u001f";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Inbox inbox;

    /** Stores the reminder; false when the account already has one with its dedupe key. */
    @Transactional
    public boolean remind(Reminder r) {
        boolean added = jdbc.update(
                        "insert into reminder (account_id, message_key, args, link, day, dedupe_key, created_at) "
                                + "values (?, ?, ?, ?, ?, ?, ?) on conflict (account_id, dedupe_key) do nothing",
                        r.accountId(),
                        r.messageKey(),
                        String.join(SEPARATOR, r.args()),
                        r.link(),
                        r.day(),
                        r.dedupeKey(),
                        Timestamp.from(clock.instant()))
                > 0;
        if (added) {
            inbox.notify(List.of(r.accountId()), new Notice(r.messageKey(), r.args(), r.link(), r.dedupeKey()));
        }
        return added;
    }

    /** Stores one reminder per account; the number of reminders that are new. */
    @Transactional
    public int remindAll(List<Long> accountIds, Reminder template) {
        int added = 0;
        for (long id : accountIds) {
            if (remind(new Reminder(
                    id,
                    template.messageKey(),
                    template.args(),
                    template.link(),
                    template.day(),
                    template.dedupeKey()))) {
                added++;
            }
        }
        return added;
    }

    /** The open reminders of an account whose day is not older than {@code since}, newest day first. */
    @Transactional(readOnly = true)
    public List<Reminder> open(long accountId, LocalDate since) {
        return jdbc.query(
                "select account_id, message_key, args, link, day, dedupe_key from reminder "
                        + "where account_id = ? and done_at is null and day >= ? order by day desc, id desc limit 50",
                (rs, i) -> new Reminder(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3).isEmpty()
                                ? List.of()
                                : List.of(rs.getString(3).split(SEPARATOR, -1)),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6)),
                accountId,
                since);
    }
}
