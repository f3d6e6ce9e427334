package cn.xinjiuye.portal.audit.internal;

import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** One line of the audit log: who did what to which record, when and from where. Written once, never changed. */
@Entity
@Table(name = "audit_event")
@Getter
public class AuditEvent extends IdentifiedEntity {

    private Instant at;
    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private String summary;
    private String remoteAddress;

    protected AuditEvent() {}

    /** The time in China Standard Time, as the portal's users read it. */
    public java.time.LocalDateTime getLocalAt() {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai"));
    }
}
