package cn.xinjiuye.portal.audit;

import cn.xinjiuye.portal.common.Labelled;

/** What an audit line records. Domain records get CREATE, UPDATE and DELETE from {@link AuditListener}. */
public enum AuditAction implements Labelled {
    SIGN_IN_SUCCESS,
    SIGN_IN_FAILURE,
    SIGN_OUT,
    CREATE,
    UPDATE,
    DELETE,
    PASSWORD_CHANGE,
    PASSWORD_RESET,
    VIEW_PERSONAL_DATA,
    PHONE_CHANGE;

    @Override
    public String messageKey() {
        return "audit.action." + name();
    }
}
