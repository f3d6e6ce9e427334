package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.Labelled;

/** A courier's answer to 这里正常吗? on a station's public page; all but {@link #OK} report a problem. */
public enum CheckAnswer implements Labelled {
    OK,
    CLOSED,
    MISSING_AMENITY,
    WRONG_LOCATION;

    public boolean isProblem() {
        return this != OK;
    }

    @Override
    public String messageKey() {
        return "station.check.answer." + name();
    }
}
