package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.Labelled;

/** The reporter's rating of a closed case (回访). */
public enum Rating implements Labelled {
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED;

    @Override
    public String messageKey() {
        return "case.rating." + name();
    }
}
