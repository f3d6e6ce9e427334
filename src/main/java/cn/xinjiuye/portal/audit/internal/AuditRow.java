package cn.xinjiuye.portal.audit.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** A line of the audit log page, its time in the zone the portal's users read it in. */
public record AuditRow(
        LocalDateTime localAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String summary,
        String remoteAddress) {

    public static AuditRow of(AuditEvent e, ZoneId zone) {
        return new AuditRow(
                LocalDateTime.ofInstant(e.getAt(), zone),
                e.getActor(),
                e.getAction(),
                e.getEntityType(),
                e.getEntityId(),
                e.getSummary(),
                e.getRemoteAddress());
    }
}
