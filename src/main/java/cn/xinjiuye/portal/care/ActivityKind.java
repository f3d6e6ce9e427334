package cn.xinjiuye.portal.care;

/** Kinds of volunteer activity of the vanguard service teams (先锋服务队). */
public enum ActivityKind {
    COMMUNITY_PATROL,
    ANTI_FRAUD,
    ELDERLY_CARE,
    TRAFFIC_GUIDANCE,
    EPIDEMIC_DUTY,
    OTHER;

    public String messageKey() {
        return "care.activity.kind." + name();
    }
}
