package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;

/** One volunteer activity of a team: what, when, how many took part, hours, people served, goods donated. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class VolunteerActivity extends CreatedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private VolunteerTeam team;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private LocalDate heldOn;
    private String title;
    private int participants;
    private BigDecimal hours;
    private int peopleServed;
    private BigDecimal goodsValue;

    protected VolunteerActivity() {}

    VolunteerActivity(VolunteerTeam team, Activity activity) {
        this.team = team;
        this.kind = activity.kind();
        this.heldOn = activity.heldOn();
        this.title = activity.title();
        this.participants = activity.participants();
        this.hours = activity.hours();
        this.peopleServed = activity.peopleServed();
        this.goodsValue = activity.goodsValue();
    }

    @Override
    public String auditSummary() {
        return team.getName() + " " + kind + " " + heldOn + " " + title;
    }
}
