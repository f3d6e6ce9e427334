package cn.xinjiuye.portal.station;

/** Open, or suspended with a reason (renovation, no manager): a suspended station is not shown to couriers. */
public enum StationStatus {
    OPEN,
    SUSPENDED;

    public String messageKey() {
        return "station.status." + name();
    }
}
