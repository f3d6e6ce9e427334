package cn.xinjiuye.portal.audit;

import cn.xinjiuye.portal.audit.internal.AuditEventRepository;
import cn.xinjiuye.portal.audit.internal.AuditRow;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes and reads the audit log. Writes go through JDBC so they can run inside a JPA flush. */
@Service
@RequiredArgsConstructor
public class AuditService {

    private final JdbcTemplate jdbc;
    private final AuditEventRepository events;
    private final Clock clock;

    /** Records an action by the signed-in user (or "system"). Joins the caller's transaction when there is one. */
    public void record(AuditAction action, String entityType, Object entityId, String summary) {
        recordAs(CurrentUsers.actorName(), action, entityType, entityId, summary);
    }

    public void recordAs(String actor, AuditAction action, String entityType, Object entityId, String summary) {
        jdbc.update(
                // The time on the portal's clock, not the database's: the demo replays its year on it.
                "insert into audit_event (at, actor, action, entity_type, entity_id, summary, remote_address) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                java.sql.Timestamp.from(clock.instant()),
                truncate(actor, 100),
                action.name(),
                entityType,
                entityId == null ? null : entityId.toString(),
                truncate(summary, 1000),
                remoteAddress());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AuditRow> search(AuditFilter filter, Pageable pageable) {
        var zone = clock.getZone();
        Instant from =
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null
                ? null
                : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        return events.search(
                        blankToNull(filter.actor()),
                        blankToNull(filter.action()),
                        blankToNull(filter.entityType()),
                        from,
                        to,
                        pageable)
                .map(e -> AuditRow.of(e, zone));
    }

    /** The audit page's filters, bound from the query string; dates are days in the portal's zone. */
    public record AuditFilter(
            String actor,
            String action,
            String entityType,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
