package cn.xinjiuye.portal.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notices into accounts' inboxes. It joins the caller's transaction, so a notice exists exactly when the
 * action that caused it committed.
 */
@Service
@RequiredArgsConstructor
public class Inbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * One notice per account (each account once, whatever the list repeats); an account that already has the
     * notice's dedupe key gets none. The number of notices written.
     */
    @Transactional
    public int notify(Collection<Long> accountIds, Notice notice) {
        Timestamp now = Timestamp.from(clock.instant());
        int written = 0;
        for (long id : new LinkedHashSet<>(accountIds)) {
            written += jdbc.update(
                    "insert into notification (account_id, message_key, args, link, dedupe_key, created_at) "
                            + "values (?, ?, ?, ?, ?, ?) on conflict (account_id, dedupe_key) do nothing",
                    id,
                    notice.messageKey(),
                    notice.joinedArgs(),
                    notice.link(),
                    notice.dedupeKey(),
                    now);
        }
        return written;
    }
}
