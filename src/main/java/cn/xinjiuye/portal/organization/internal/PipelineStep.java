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
import lombok.AccessLevel;
import lombok.Getter;

/** One step of the development pipeline: a move to the next status, or an extension of probation (延长预备期). */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class PipelineStep extends CreatedEntity implements Audited {

    public enum Kind {
        ADVANCE,
        EXTEND_PROBATION
    }

    @ManyToOne(fetch = FetchType.LAZY)
    @Getter(AccessLevel.NONE)
    private Person person;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private PoliticalStatus toStatus;

    private LocalDate stepDate;

    private String approvingBody;

    private Integer extensionMonths;

    private String note;

    protected PipelineStep() {}

    PipelineStep(
            Person person,
            Kind kind,
            PoliticalStatus toStatus,
            LocalDate stepDate,
            String approvingBody,
            Integer extensionMonths,
            String note) {
        this.person = person;
        this.kind = kind;
        this.toStatus = toStatus;
        this.stepDate = stepDate;
        this.approvingBody = approvingBody;
        this.extensionMonths = extensionMonths;
        this.note = note;
    }

    @Override
    public String auditSummary() {
        return "person " + person.getId() + " " + kind + " " + toStatus + " on " + stepDate + " by " + approvingBody
                + (extensionMonths == null ? "" : " +" + extensionMonths + "m");
    }
}
