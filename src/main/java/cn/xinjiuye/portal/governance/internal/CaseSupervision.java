package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;

/** A supervision note (督办) on a case and the department's reply. */
@Entity
@Table(name = "case_supervision")
@Getter
public class CaseSupervision extends IdentifiedEntity {

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

    void reply(String reply, String by) {
        this.reply = reply;
        this.repliedBy = by;
        this.repliedAt = PortalTime.now();
    }
}
