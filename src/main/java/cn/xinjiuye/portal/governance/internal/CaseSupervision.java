package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A supervision note (督办) on a case and the department's reply. */
@Entity
@Table(name = "case_supervision")
public class CaseSupervision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getNote() {
        return note;
    }

    public String getNotedBy() {
        return notedBy;
    }

    public Instant getNotedAt() {
        return notedAt;
    }

    public String getReply() {
        return reply;
    }

    public String getRepliedBy() {
        return repliedBy;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }
}
