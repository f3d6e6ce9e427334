package cn.xinjiuye.portal.governance;

/** Green while under 80 % of the time limit is used, yellow after that, red when overdue; NONE when not running. */
public enum TrafficLight {
    GREEN,
    YELLOW,
    RED,
    NONE;

    public String messageKey() {
        return "case.light." + name();
    }
}
