package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/** 性别. */
public enum Gender implements Labelled {
    MALE,
    FEMALE;

    @Override
    public String messageKey() {
        return "person.gender." + name();
    }
}
