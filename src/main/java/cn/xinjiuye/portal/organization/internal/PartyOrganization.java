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

/** A Party organization (党组织): committee, working committee, general branch, branch, joint or industry branch. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class PartyOrganization extends VersionedCreatedEntity implements Audited {

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganizationType type;

    @ManyToOne(fetch = FetchType.LAZY)
    private PartyOrganization parent;

    @ManyToOne(fetch = FetchType.LAZY)
    private Region region;

    @Enumerated(EnumType.STRING)
    private Industry industry;

    private LocalDate foundedOn;

    private String secretaryName;

    private Long secretaryAccountId;

    private String committeeMembers;

    private boolean hasCommittee;

    private boolean hasPartyGroups;

    @Enumerated(EnumType.STRING)
    private Standardization standardization = Standardization.NOT_ASSESSED;

    /** Set by the database from the region (V74), for the name's uniqueness per district. */
    @Column(insertable = false, updatable = false)
    @Getter(AccessLevel.NONE)
    private Long districtId;

    protected PartyOrganization() {}

    PartyOrganization(String name) {
        this.name = name;
    }

    void update(
            String name,
            OrganizationType type,
            PartyOrganization parent,
            Region region,
            Industry industry,
            LocalDate foundedOn,
            String secretaryName,
            Long secretaryAccountId,
            String committeeMembers,
            boolean hasCommittee,
            boolean hasPartyGroups,
            Standardization standardization) {
        this.name = name;
        this.type = type;
        this.parent = parent;
        this.region = region;
        this.industry = industry;
        this.foundedOn = foundedOn;
        this.secretaryName = secretaryName;
        this.secretaryAccountId = secretaryAccountId;
        this.committeeMembers = committeeMembers;
        this.hasCommittee = hasCommittee;
        this.hasPartyGroups = hasPartyGroups;
        this.standardization = standardization;
    }

    /** Branch-level organizations hold members and meetings. */
    public boolean isBranchLevel() {
        return type.isBranchLevel();
    }

    @Override
    public String auditSummary() {
        return type + " " + name + " region=" + (region == null ? null : region.getCode());
    }
}
