package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/** Which organization covers an enterprise: its own branch, a joint branch, or none. */
public enum Coverage implements Labelled {
    OWN_BRANCH,
    JOINT_BRANCH,
    NONE;

    @Override
    public String messageKey() {
        return "enterprise.coverage." + name();
    }
}
