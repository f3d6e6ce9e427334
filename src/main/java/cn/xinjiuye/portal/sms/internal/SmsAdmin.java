package cn.xinjiuye.portal.sms.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' view of the outbox: every message, newest first (the page masks the number). The text is shown whole
 * only with the {@code log} provider (the demo, where nobody's phone receives the code); with a real provider the
 * codes in it are masked, so that no administrator can complete someone else's registration.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
public class SmsAdmin {

    /** One message as the page shows it (the page masks the number); times in the portal's zone. */
    public record SmsRow(
            long id,
            String phone,
            String kind,
            String text,
            String state,
            int attempts,
            LocalDateTime createdAt,
            LocalDateTime nextTryAt,
            LocalDateTime sentAt,
            String lastError,
            String providerMessageId) {}

    /** The list's filters: an exact number, a state (PENDING, SENT, FAILED). */
    public record SmsFilter(String phone, String state) {
        public SmsFilter {
            phone = phone == null || phone.isBlank() ? null : phone.trim();
            state = state == null || !List.of("PENDING", "SENT", "FAILED").contains(state) ? null : state;
        }
    }

    private static final String CODE_MASK = "******";

    private final JdbcTemplate jdbc;
    private final SmsProvider provider;
    private final Clock clock;
    private final AuditService audit;

    /**
     * Records that a number asked for no more notices (回T退订, told to the portal or read from the provider's
     * console; no inbound-SMS webhook yet). Recording it again keeps the first time. Audited, the number masked.
     */
    @Transactional
    public void recordOptOut(String phone) {
        if (!Phones.isMobile(phone)) {
            throw new FieldRuleException("phone", "sms.optOut.error.phone");
        }
        String number = phone.trim();
        int added = jdbc.update(
                "insert into sms_opt_out (phone, opted_out_at, recorded_by) values (?, ?, ?) on conflict do nothing",
                number,
                Timestamp.from(clock.instant()),
                CurrentUsers.actorName());
        if (added > 0) {
            audit.record(AuditAction.CREATE, "SmsOptOut", null, number.substring(0, 3) + "****" + number.substring(7));
        }
    }

    /** When the number opted out, or null (also for no number). */
    @Transactional(readOnly = true)
    public LocalDateTime optedOutAt(String phone) {
        if (phone == null) {
            return null;
        }
        List<Timestamp> at = jdbc.queryForList(
                "select opted_out_at from sms_opt_out where phone = ?", Timestamp.class, phone.trim());
        return at.isEmpty() ? null : local(at.get(0));
    }

    @Transactional(readOnly = true)
    public Page<SmsRow> page(SmsFilter filter, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (filter.phone() != null) {
            where.append(" and recipient = ?");
            args.add(filter.phone());
        }
        if (filter.state() != null) {
            where.append(" and state = ?");
            args.add(filter.state());
        }
        Long total = jdbc.queryForObject("select count(*) from sms_message" + where, Long.class, args.toArray());
        long count = total == null ? 0 : total;
        long offset = Math.min(
                pageable.getOffset(), Math.max(0, (count - 1) / pageable.getPageSize()) * pageable.getPageSize());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(offset);
        List<SmsRow> rows = jdbc.query(
                "select id, recipient, kind, text, params ->> 'code' as code, state, attempts, created_at, next_try_at, "
                        + "sent_at, last_error, provider_message_id from sms_message" + where
                        + " order by created_at desc, id desc limit ? offset ?",
                (rs, n) -> new SmsRow(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("kind"),
                        shown(rs.getString("text"), rs.getString("code")),
                        rs.getString("state"),
                        rs.getInt("attempts"),
                        local(rs.getTimestamp("created_at")),
                        local(rs.getTimestamp("next_try_at")),
                        local(rs.getTimestamp("sent_at")),
                        rs.getString("last_error"),
                        rs.getString("provider_message_id")),
                pageArgs.toArray());
        Pageable shownPage = PageRequest.of((int) (offset / pageable.getPageSize()), pageable.getPageSize());
        return new PageImpl<>(rows, shownPage, count);
    }

    /** The provider's name, for the page's header. */
    public String providerName() {
        return provider.name();
    }

    private String shown(String text, String code) {
        if (text == null || code == null || code.isEmpty() || provider.showsCodes()) {
            return text;
        }
        return text.replace(code, CODE_MASK);
    }

    private LocalDateTime local(Timestamp t) {
        return t == null ? null : LocalDateTime.ofInstant(t.toInstant(), clock.getZone());
    }
}
