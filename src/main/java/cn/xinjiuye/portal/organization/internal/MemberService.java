package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/** A service or volunteering a member did (志愿服务), counted in the half-year feedback letter. */
@Entity
@Table(name = "member_service")
@EntityListeners(AuditListener.class)
@Getter
public class MemberService extends IdentifiedEntity implements Audited {

    /** When the record was made, on the portal's clock (the demo replays its year on it), not the database's. */
    @Column(name = "created_at", updatable = false)
    @Getter(AccessLevel.NONE)
    private Instant createdAt = PortalTime.now();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    @Getter(AccessLevel.NONE)
    private Person person;

    private LocalDate servedOn;

    private String description;

    private BigDecimal hours;

    protected MemberService() {}

    MemberService(Person person, LocalDate servedOn, String description, BigDecimal hours) {
        this.person = person;
        this.servedOn = servedOn;
        this.description = description;
        this.hours = hours;
    }

    @Override
    public String auditSummary() {
        return "person " + person.getId() + " served " + servedOn + " " + description;
    }
}
