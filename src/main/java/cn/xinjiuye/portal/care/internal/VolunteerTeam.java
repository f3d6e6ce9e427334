package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.CreatedEntity;
import cn.xinjiuye.portal.region.Region;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/** A vanguard service team (先锋服务队) of couriers, riders and drivers, attached to a region. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class VolunteerTeam extends CreatedEntity implements Audited {

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Region region;

    private String leader;
    private LocalDate foundedOn;
    private boolean active = true;

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    protected VolunteerTeam() {}

    VolunteerTeam(String name, Region region, String leader, LocalDate foundedOn) {
        this.name = name;
        this.region = region;
        this.leader = leader;
        this.foundedOn = foundedOn;
    }

    @Override
    public String auditSummary() {
        return name + " region=" + region.getCode() + " leader=" + leader;
    }
}
