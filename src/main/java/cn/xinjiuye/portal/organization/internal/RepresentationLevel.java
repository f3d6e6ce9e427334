package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/** Level of a congress. */
public enum RepresentationLevel implements Labelled {
    DISTRICT,
    CITY,
    PROVINCE,
    NATIONAL;

    @Override
    public String messageKey() {
        return "representation.level." + name();
    }
}
