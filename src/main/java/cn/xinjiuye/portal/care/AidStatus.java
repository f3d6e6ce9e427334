package cn.xinjiuye.portal.care;

/** 待认领 → 已认领 (→ released back to 待认领) → 已结办. */
public enum AidStatus {
    OPEN,
    CLAIMED,
    CLOSED;

    public String messageKey() {
        return "care.status." + name();
    }
}
