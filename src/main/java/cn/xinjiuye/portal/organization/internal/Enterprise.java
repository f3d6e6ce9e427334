package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.VersionedCreatedEntity;
import cn.xinjiuye.portal.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/** An enterprise of the new employment groups: express company or outlet, delivery station, platform, logistics firm. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class Enterprise extends VersionedCreatedEntity implements Audited {

    private String name;

    @Enumerated(EnumType.STRING)
    private EnterpriseKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private Region region;

    @Enumerated(EnumType.STRING)
    private Industry industry;

    private int workerCount;

    @Enumerated(EnumType.STRING)
    private Coverage coverage = Coverage.NONE;

    @ManyToOne(fetch = FetchType.LAZY)
    private PartyOrganization organization;

    private String instructorName;

    private LocalDate instructorSentOn;

    private String seedMembers;

    private LocalDate seedSentOn;

    /** Set by the database from the region (V74), for the name's uniqueness per district. */
    @Column(insertable = false, updatable = false)
    @Getter(AccessLevel.NONE)
    private Long districtId;

    protected Enterprise() {}

    Enterprise(String name) {
        this.name = name;
    }

    void update(
            String name,
            EnterpriseKind kind,
            Region region,
            Industry industry,
            int workerCount,
            Coverage coverage,
            PartyOrganization organization,
            String instructorName,
            LocalDate instructorSentOn,
            String seedMembers,
            LocalDate seedSentOn) {
        this.name = name;
        this.kind = kind;
        this.region = region;
        this.industry = industry;
        this.workerCount = workerCount;
        this.coverage = coverage;
        this.organization = organization;
        this.instructorName = instructorName;
        this.instructorSentOn = instructorSentOn;
        this.seedMembers = seedMembers;
        this.seedSentOn = seedSentOn;
    }

    @Override
    public String auditSummary() {
        return kind + " " + name + " coverage=" + coverage;
    }
}
