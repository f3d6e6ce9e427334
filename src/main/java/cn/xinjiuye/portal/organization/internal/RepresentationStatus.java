package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/** Nomination outcome. */
public enum RepresentationStatus implements Labelled {
    NOMINATED,
    ELECTED,
    NOT_ELECTED;

    @Override
    public String messageKey() {
        return "representation.status." + name();
    }
}
