package cn.xinjiuye.portal.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to which record, when and from where. Written once, never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;
    private String actor;
    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String summary;

    @Column(name = "remote_address")
    private String remoteAddress;

    protected AuditEvent() {}

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    /** The time in China Standard Time, as the portal's users read it. */
    public java.time.LocalDateTime getLocalAt() {
        return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai"));
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
