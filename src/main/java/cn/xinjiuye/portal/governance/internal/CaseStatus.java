package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.Labelled;
import java.util.EnumSet;
import java.util.Set;

/** Where a case stands in its workflow. */
public enum CaseStatus implements Labelled {
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    ASSIGNED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    /** States in which a case runs against its due date. */
    public static final Set<CaseStatus> RUNNING = EnumSet.of(ACCEPTED, ASSIGNED, IN_PROGRESS);

    public boolean isRunning() {
        return RUNNING.contains(this);
    }

    /**
     * {@link #hasDeadline()} as an SQL list, for {@code c.status in ...}: what is overdue on the overdue list, the
     * dashboard, the to-do panel and for escalation is one rule.
     */
    static final String WITH_DEADLINE_SQL = "('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS')";

    /** Running against a due date: the running states, and a submitted case against its acceptance limit. */
    public boolean hasDeadline() {
        return this == SUBMITTED || isRunning();
    }

    @Override
    public String messageKey() {
        return "case.status." + name();
    }
}
