package cn.xinjiuye.portal.audit;

/** What an audit line records. Domain records get CREATE, UPDATE and DELETE from {@link AuditListener}. */
public enum AuditAction {
    SIGN_IN_SUCCESS,
    SIGN_IN_FAILURE,
    SIGN_OUT,
    CREATE,
    UPDATE,
    DELETE,
    PASSWORD_CHANGE,
    PASSWORD_RESET,
    VIEW_PERSONAL_DATA;

    public String messageKey() {
        return "audit.action." + name();
    }
}
