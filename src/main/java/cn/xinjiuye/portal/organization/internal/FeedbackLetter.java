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
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/** The secretary's evaluation of a half year, with the date the letter went to the home organization. */
@Entity
@Table(name = "feedback_letter")
@EntityListeners(AuditListener.class)
@Getter
public class FeedbackLetter extends IdentifiedEntity implements Audited {

    /** When the record was made, on the portal's clock (the demo replays its year on it), not the database's. */
    @Column(name = "created_at", updatable = false)
    @Getter(AccessLevel.NONE)
    private Instant createdAt = PortalTime.now();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mobile_member_id")
    @Getter(AccessLevel.NONE)
    private MobileMember mobileMember;

    private int year;
    private int half;
    private String evaluation;

    private LocalDate sentOn;

    protected FeedbackLetter() {}

    FeedbackLetter(MobileMember mobileMember, int year, int half, String evaluation, LocalDate sentOn) {
        this.mobileMember = mobileMember;
        this.year = year;
        this.half = half;
        this.evaluation = evaluation;
        this.sentOn = sentOn;
    }

    @Override
    public String auditSummary() {
        return "mobile member " + mobileMember.getId() + " " + year + "H" + half + " sent " + sentOn;
    }
}
