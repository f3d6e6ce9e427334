package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/** 行业: 快递, 外卖, 网约车, 货运, 商业街, 混合. */
public enum Industry implements Labelled {
    EXPRESS,
    FOOD_DELIVERY,
    RIDE_HAILING,
    FREIGHT,
    COMMERCIAL_STREET,
    MIXED;

    @Override
    public String messageKey() {
        return "industry." + name();
    }
}
