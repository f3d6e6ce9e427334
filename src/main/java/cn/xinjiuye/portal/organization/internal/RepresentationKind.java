package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/** 两代表一委员: 人大代表, 党代表, 政协委员. */
public enum RepresentationKind implements Labelled {
    PEOPLES_CONGRESS,
    PARTY_CONGRESS,
    CPPCC;

    @Override
    public String messageKey() {
        return "representation.kind." + name();
    }
}
