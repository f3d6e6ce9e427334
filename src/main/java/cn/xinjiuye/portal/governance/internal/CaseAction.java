package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.Labelled;

/** A step on a case's timeline. */
public enum CaseAction implements Labelled {
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
    REOPEN_CHECK_FAILED,
    SUPERVISE,
    SUPERVISION_REPLY;

    @Override
    public String messageKey() {
        return "case.action." + name();
    }
}
