package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.Labelled;

/** How a case came in: 隐患直报, 随手拍, a concern-list item of 周五会客厅, filed by staff, or through Open311. */
public enum CaseSource implements Labelled {
    HAZARD,
    SNAPSHOT,
    RECEPTION,
    STAFF,
    OPEN311,
    /** A courier's "not right" answer on a station's public page (the station check loop). */
    STATION_CHECK;

    @Override
    public String messageKey() {
        return "case.source." + name();
    }
}
