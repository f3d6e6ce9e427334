package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import lombok.Getter;

/** A worker nominated as one of 两代表一委员. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class Representation extends CreatedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY)
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
