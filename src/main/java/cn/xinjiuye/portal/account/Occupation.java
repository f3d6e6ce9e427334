package cn.xinjiuye.portal.account;

import cn.xinjiuye.portal.common.Labelled;

/** Occupation group of a self-registered worker (新就业群体). */
public enum Occupation implements Labelled {
    COURIER,
    FOOD_DELIVERY,
    RIDE_HAILING,
    TRUCK,
    OTHER;

    @Override
    public String messageKey() {
        return "occupation." + name();
    }
}
