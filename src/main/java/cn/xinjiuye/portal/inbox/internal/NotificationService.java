package cn.xinjiuye.portal.inbox.internal;

import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.time.PortalTime;
import cn.xinjiuye.portal.inbox.Notice;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in account's own inbox: every query is bound to its id, so a notice of another account is not found
 * (404), whatever id is typed into the URL.
 */
@Service
@RequiredArgsConstructor
public class NotificationService {

    private static final RowMapper<NoticeRow> ROW = (rs, n) -> new NoticeRow(
            rs.getLong("id"),
            rs.getString("message_key"),
            Notice.splitArgs(rs.getString("args")),
            rs.getString("link"),
            PortalTime.local(rs.getTimestamp("created_at").toInstant()),
            rs.getTimestamp("read_at") != null);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Transactional(readOnly = true)
    public InboxPage page(Pageable pageable) {
        long me = me();
        List<NoticeRow> rows = jdbc.query(
                "select id, message_key, args, link, created_at, read_at from notification where account_id = ? "
                        + "order by created_at desc, id desc limit ? offset ?",
                ROW,
                me,
                pageable.getPageSize(),
                pageable.getOffset());
        Long total = jdbc.queryForObject("select count(*) from notification where account_id = ?", Long.class, me);
        return new InboxPage(new PageImpl<>(rows, pageable, total == null ? 0 : total), unread(me));
    }

    /** Marks the notice read and returns the page it links to; 404 when it is not the signed-in account's. */
    @Transactional
    public String open(long id) {
        List<String> link = jdbc.queryForList(
                "update notification set read_at = coalesce(read_at, ?) where id = ? and account_id = ? "
                        + "returning link",
                String.class,
                Timestamp.from(clock.instant()),
                id,
                me());
        if (link.isEmpty()) {
            throw new NotFoundException("notification " + id);
        }
        return link.get(0);
    }

    /** Marks one notice read; 404 when it is not the signed-in account's. */
    @Transactional
    public void markRead(long id) {
        open(id);
    }

    /** Marks every unread notice of the signed-in account read; how many were unread. */
    @Transactional
    public int markAllRead() {
        return jdbc.update(
                "update notification set read_at = ? where account_id = ? and read_at is null",
                Timestamp.from(clock.instant()),
                me());
    }

    /** Unread notices of an account: one count on the partial index. */
    @Transactional(readOnly = true)
    public long unread(long accountId) {
        Long n = jdbc.queryForObject(
                "select count(*) from notification where account_id = ? and read_at is null", Long.class, accountId);
        return n == null ? 0 : n;
    }

    private static long me() {
        return CurrentUsers.require().id();
    }
}
