package cn.xinjiuye.portal.organization;

/** Which organization covers an enterprise: its own branch, a joint branch, or none. */
public enum Coverage {
    OWN_BRANCH,
    JOINT_BRANCH,
    NONE;

    public String messageKey() {
        return "enterprise.coverage." + name();
    }
}
