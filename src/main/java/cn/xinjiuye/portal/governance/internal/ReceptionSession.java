package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import java.time.LocalDate;
import lombok.Getter;

/** A Friday reception session (周五会客厅) of a community; its concern-list items (唠家常清单) become cases. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class ReceptionSession extends VersionedEntity implements Audited {

    private Long communityId;

    private LocalDate heldOn;

    private String venue;
    private String official;
    private int visitors;

    private String recordedBy;

    protected ReceptionSession() {}

    ReceptionSession(
            long communityId, LocalDate heldOn, String venue, String official, int visitors, String recordedBy) {
        this.communityId = communityId;
        this.heldOn = heldOn;
        this.venue = venue;
        this.official = official;
        this.visitors = visitors;
        this.recordedBy = recordedBy;
    }

    @Override
    public String auditSummary() {
        return "reception " + heldOn + " " + venue;
    }
}
