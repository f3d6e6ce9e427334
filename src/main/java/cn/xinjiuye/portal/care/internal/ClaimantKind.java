package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.common.Labelled;

/** Who claims a package: a Party branch or a caring enterprise (爱心企业). */
public enum ClaimantKind implements Labelled {
    BRANCH,
    ENTERPRISE;

    @Override
    public String messageKey() {
        return "care.claimant." + name();
    }
}
