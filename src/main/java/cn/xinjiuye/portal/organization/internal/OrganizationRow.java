package cn.xinjiuye.portal.organization.internal;

/** An organization of the tree: its parent by id, its region by name. */
public record OrganizationRow(
        Long id,
        String name,
        OrganizationType type,
        Long parentId,
        String regionName,
        Industry industry,
        boolean hasCommittee) {

    public boolean branchLevel() {
        return type.isBranchLevel();
    }
}
