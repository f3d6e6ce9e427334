package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.Labelled;

/** A station's 六有 standing, for the list filter: passed the latest inspection in time, failed it, or overdue. */
public enum Compliance implements Labelled {
    /** The latest inspection passed all six checks and is within the interval. */
    COMPLIANT,
    /** The latest inspection failed at least one check. */
    FAILED,
    /** Never inspected, or the latest inspection is older than the interval. */
    OVERDUE;

    @Override
    public String messageKey() {
        return "station.compliance." + name();
    }
}
