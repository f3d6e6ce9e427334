package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;

/** An organization as its page shows it: the parent and region by name. */
public record OrganizationDetail(
        Long id,
        String name,
        OrganizationType type,
        String parentName,
        String regionName,
        Industry industry,
        LocalDate foundedOn,
        String secretaryName,
        String committeeMembers,
        boolean hasCommittee,
        boolean hasPartyGroups,
        Standardization standardization) {

    public boolean branchLevel() {
        return type.isBranchLevel();
    }

    static OrganizationDetail of(PartyOrganization o) {
        return new OrganizationDetail(
                o.getId(),
                o.getName(),
                o.getType(),
                o.getParent() == null ? null : o.getParent().getName(),
                o.getRegion().getName(),
                o.getIndustry(),
                o.getFoundedOn(),
                o.getSecretaryName(),
                o.getCommitteeMembers(),
                o.isHasCommittee(),
                o.isHasPartyGroups(),
                o.getStandardization());
    }
}
