package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.common.Labelled;

/** 待认领 → 已认领 (→ released back to 待认领) → 已结办. */
public enum AidStatus implements Labelled {
    OPEN,
    CLAIMED,
    CLOSED;

    @Override
    public String messageKey() {
        return "care.status." + name();
    }
}
