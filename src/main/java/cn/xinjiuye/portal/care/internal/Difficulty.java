package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.common.Labelled;

/** Why a household is in difficulty (困难类型). */
public enum Difficulty implements Labelled {
    LOW_INCOME,
    DISABILITY,
    ELDERLY_ALONE,
    SERIOUS_ILLNESS,
    UNEMPLOYED,
    OTHER;

    @Override
    public String messageKey() {
        return "care.difficulty." + name();
    }
}
