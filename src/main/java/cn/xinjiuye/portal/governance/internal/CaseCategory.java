package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.Labelled;

/** What a case is about; each has a default department per district and a time limit in working days. */
public enum CaseCategory implements Labelled {
    SANITATION,
    FIRE_SAFETY,
    TRAFFIC,
    PARKING,
    PUBLIC_FACILITIES,
    ELDERLY_DIFFICULTY,
    WAGE_ARREARS,
    HEATING,
    OTHER,
    /** 驿站问题: a courier found a care station closed, lacking an amenity or misplaced (the station check). */
    STATION_PROBLEM;

    @Override
    public String messageKey() {
        return "case.category." + name();
    }
}
