package cn.xinjiuye.portal.audit.internal;

import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Entity;
import java.time.Instant;
import lombok.Getter;

/** One line of the audit log: who did what to which record, when and from where. Written once, never changed. */
@Entity
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

    /** The time in the portal's zone (portal.time-zone), as its users read it. */
    public java.time.LocalDateTime getLocalAt() {
        return PortalTime.local(at);
    }
}
