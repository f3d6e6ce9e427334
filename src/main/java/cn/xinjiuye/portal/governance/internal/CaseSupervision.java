package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.persistence.VersionedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Entity;
import java.time.Instant;
import lombok.Getter;

/**
 * A supervision note (督办) on a case and the department's reply. Versioned: the reply form carries the version it was
 * shown with, so of two replies sent at once one wins and the other gets the 409 page.
 */
@Entity
@Getter
public class CaseSupervision extends VersionedEntity {

    private Long caseId;

    private String note;

    private String notedBy;

    private Instant notedAt;

    private String reply;

    private String repliedBy;

    private Instant repliedAt;

    protected CaseSupervision() {}

    CaseSupervision(long caseId, String note, String notedBy) {
        this.caseId = caseId;
        this.note = note;
        this.notedBy = notedBy;
        this.notedAt = PortalTime.now();
    }

    boolean isReplied() {
        return reply != null;
    }

    void reply(String reply, String by) {
        this.reply = reply;
        this.repliedBy = by;
        this.repliedAt = PortalTime.now();
    }
}
