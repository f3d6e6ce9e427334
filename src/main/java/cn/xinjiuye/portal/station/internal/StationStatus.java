package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.Labelled;

/** Open, or suspended with a reason (renovation, no manager): a suspended station is not shown to couriers. */
public enum StationStatus implements Labelled {
    OPEN,
    SUSPENDED;

    @Override
    public String messageKey() {
        return "station.status." + name();
    }
}
