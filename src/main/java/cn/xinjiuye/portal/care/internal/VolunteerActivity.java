package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/** One volunteer activity of a team: what, when, how many took part, hours, people served, goods donated. */
@Entity
@Table(name = "volunteer_activity")
@EntityListeners(AuditListener.class)
@Getter
public class VolunteerActivity extends IdentifiedEntity implements Audited {

    /** When it was recorded, by the portal's clock (the demo replays its year under a moved clock). */
    @Column(name = "created_at", updatable = false)
    @Getter(AccessLevel.NONE)
    private Instant createdAt = PortalTime.now();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
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
