package cn.xinjiuye.portal.organization.internal;

/** The organization a page is about, for its heading and tabs. */
public record OrganizationRef(Long id, String name, OrganizationType type) {

    public boolean branchLevel() {
        return type.isBranchLevel();
    }

    static OrganizationRef of(PartyOrganization o) {
        return new OrganizationRef(o.getId(), o.getName(), o.getType());
    }
}
