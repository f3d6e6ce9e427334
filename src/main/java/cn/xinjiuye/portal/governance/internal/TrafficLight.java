package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.Labelled;

/** Green while under 80 % of the time limit is used, yellow after that, red when overdue; NONE when not running. */
public enum TrafficLight implements Labelled {
    GREEN,
    YELLOW,
    RED,
    NONE;

    @Override
    public String messageKey() {
        return "case.light." + name();
    }
}
