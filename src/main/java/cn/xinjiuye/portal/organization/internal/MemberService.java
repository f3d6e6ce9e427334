package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/** A service or volunteering a member did (志愿服务), counted in the half-year feedback letter. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class MemberService extends CreatedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY)
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
