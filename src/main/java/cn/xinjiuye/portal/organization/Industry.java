package cn.xinjiuye.portal.organization;

/** 行业: 快递, 外卖, 网约车, 货运, 商业街, 混合. */
public enum Industry {
    EXPRESS,
    FOOD_DELIVERY,
    RIDE_HAILING,
    FREIGHT,
    COMMERCIAL_STREET,
    MIXED;

    public String messageKey() {
        return "industry." + name();
    }
}
