package cn.xinjiuye.portal.dashboard;

/**
 * One figure of a dashboard, computed from the records: its message key, and whether it counts the whole record
 * (a stock, "as of today") or only what happened in the chosen period (a flow).
 */
public record Figure(String key, boolean inPeriod) {

    /** A figure of the records as they stand today. */
    public static Figure stock(String key) {
        return new Figure(key, false);
    }

    /** A figure of what happened in the chosen period. */
    public static Figure flow(String key) {
        return new Figure(key, true);
    }
}
