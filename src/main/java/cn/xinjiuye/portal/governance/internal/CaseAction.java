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
    SUPERVISION_REPLY,
    /** 督办 raised by the daily job when a case is overdue for long (community → street → district). */
    ESCALATE,
    /** The due date moved because the holiday calendar changed. */
    RESCHEDULE,
    /** A further courier reported the station problem the case is about. */
    STATION_REPORT;

    @Override
    public String messageKey() {
        return "case.action." + name();
    }
}
