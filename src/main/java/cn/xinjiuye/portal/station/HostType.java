package cn.xinjiuye.portal.station;

/** Who hosts a station. */
public enum HostType {
    /** 党群服务中心 */
    PARTY_CENTER,
    /** 快递网点 */
    EXPRESS_OUTLET,
    /** 商业门店 */
    SHOP,
    /** 小区物业 */
    PROPERTY,
    /** 其他 */
    OTHER;

    public String messageKey() {
        return "station.hostType." + name();
    }
}
