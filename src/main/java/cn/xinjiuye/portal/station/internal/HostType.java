package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.Labelled;

/** Who hosts a station. */
public enum HostType implements Labelled {
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

    @Override
    public String messageKey() {
        return "station.hostType." + name();
    }
}
