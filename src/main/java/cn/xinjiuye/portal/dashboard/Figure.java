package cn.xinjiuye.portal.dashboard;

/**
 * One figure of a dashboard, computed from the records: its message key, and whether it counts the whole record
 * (a stock, "as of today") or only what happened in the chosen period (a flow).
 */
public record Figure(String key, boolean inPeriod) {}
