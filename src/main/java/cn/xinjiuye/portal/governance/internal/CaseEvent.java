package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import lombok.Getter;

/** One step on a case's timeline: who, when, what. Public steps are shown on the tracking page (without the actor). */
@Entity
@Getter
public class CaseEvent extends IdentifiedEntity {

    private Long caseId;

    private Instant at;

    private String actor;

    @Enumerated(EnumType.STRING)
    private CaseAction action;

    private String note;

    private boolean publicStep;

    protected CaseEvent() {}

    CaseEvent(long caseId, String actor, CaseAction action, String note, boolean publicStep) {
        this.caseId = caseId;
        this.at = PortalTime.now();
        this.actor = actor;
        this.action = action;
        this.note = note;
        this.publicStep = publicStep;
    }
}
