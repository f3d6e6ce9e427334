package cn.xinjiuye.portal.organization;

/** 规范化建设: 未评定, 未达标, 达标, 示范. */
public enum Standardization {
    NOT_ASSESSED,
    BELOW,
    MET,
    MODEL;

    public String messageKey() {
        return "organization.standardization." + name();
    }
}
