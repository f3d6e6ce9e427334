package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/** 企业类别. */
public enum EnterpriseKind implements Labelled {
    EXPRESS_COMPANY,
    EXPRESS_OUTLET,
    DELIVERY_STATION,
    RIDE_HAILING_PLATFORM,
    LOGISTICS,
    SHOP;

    @Override
    public String messageKey() {
        return "enterprise.kind." + name();
    }
}
