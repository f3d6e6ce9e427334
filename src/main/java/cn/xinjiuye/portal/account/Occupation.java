package cn.xinjiuye.portal.account;

/** Occupation group of a self-registered worker (新就业群体). */
public enum Occupation {
    COURIER,
    FOOD_DELIVERY,
    RIDE_HAILING,
    TRUCK,
    OTHER;

    public String messageKey() {
        return "occupation." + name();
    }
}
