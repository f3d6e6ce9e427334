package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/** The secretary's evaluation of a half year, with the date the letter went to the home organization. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class FeedbackLetter extends CreatedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY)
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
