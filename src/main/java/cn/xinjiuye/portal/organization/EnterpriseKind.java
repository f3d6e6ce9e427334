package cn.xinjiuye.portal.organization;

/** 企业类别. */
public enum EnterpriseKind {
    EXPRESS_COMPANY,
    EXPRESS_OUTLET,
    DELIVERY_STATION,
    RIDE_HAILING_PLATFORM,
    LOGISTICS,
    SHOP;

    public String messageKey() {
        return "enterprise.kind." + name();
    }
}
