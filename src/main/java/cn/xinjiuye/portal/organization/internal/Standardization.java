package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/** 规范化建设: 未评定, 未达标, 达标, 示范. */
public enum Standardization implements Labelled {
    NOT_ASSESSED,
    BELOW,
    MET,
    MODEL;

    @Override
    public String messageKey() {
        return "organization.standardization." + name();
    }
}
