package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/** A worker nominated as one of 两代表一委员. */
@Entity
@Table(name = "representation")
@EntityListeners(AuditListener.class)
@Getter
public class Representation extends IdentifiedEntity implements Audited {

    /** When the record was made, on the portal's clock (the demo replays its year on it), not the database's. */
    @Column(name = "created_at", updatable = false)
    @Getter(AccessLevel.NONE)
    private Instant createdAt = PortalTime.now();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    private RepresentationKind kind;

    @Enumerated(EnumType.STRING)
    private RepresentationLevel level;

    @Enumerated(EnumType.STRING)
    private RepresentationStatus status;

    private LocalDate nominatedOn;

    protected Representation() {}

    Representation(
            Person person,
            RepresentationKind kind,
            RepresentationLevel level,
            RepresentationStatus status,
            LocalDate nominatedOn) {
        this.person = person;
        this.kind = kind;
        this.level = level;
        this.status = status;
        this.nominatedOn = nominatedOn;
    }

    @Override
    public String auditSummary() {
        return "person " + person.getId() + " " + kind + " " + level + " " + status;
    }
}
