package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.common.Labelled;

/** Kinds of volunteer activity of the vanguard service teams (先锋服务队). */
public enum ActivityKind implements Labelled {
    COMMUNITY_PATROL,
    ANTI_FRAUD,
    ELDERLY_CARE,
    TRAFFIC_GUIDANCE,
    EPIDEMIC_DUTY,
    OTHER;

    @Override
    public String messageKey() {
        return "care.activity.kind." + name();
    }
}
