package cn.xinjiuye.portal.care;

/** Who claims a package: a Party branch or a caring enterprise (爱心企业). */
public enum ClaimantKind {
    BRANCH,
    ENTERPRISE;

    public String messageKey() {
        return "care.claimant." + name();
    }
}
