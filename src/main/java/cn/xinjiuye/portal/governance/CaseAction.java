package cn.xinjiuye.portal.governance;

/** A step on a case's timeline. */
public enum CaseAction {
    SUBMIT,
    ACCEPT,
    REJECT,
    ASSIGN,
    START,
    RETURN,
    RESOLVE,
    VERIFY,
    REQUEST_EXTENSION,
    APPROVE_EXTENSION,
    REFUSE_EXTENSION,
    RATE,
    REOPEN,
    SUPERVISE,
    SUPERVISION_REPLY;

    public String messageKey() {
        return "case.action." + name();
    }
}
