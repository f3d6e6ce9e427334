package cn.xinjiuye.portal.governance.internal;

import static cn.xinjiuye.portal.governance.internal.CaseStatus.ACCEPTED;
import static cn.xinjiuye.portal.governance.internal.CaseStatus.ASSIGNED;
import static cn.xinjiuye.portal.governance.internal.CaseStatus.CLOSED;
import static cn.xinjiuye.portal.governance.internal.CaseStatus.IN_PROGRESS;
import static cn.xinjiuye.portal.governance.internal.CaseStatus.REJECTED;
import static cn.xinjiuye.portal.governance.internal.CaseStatus.RESOLVED;
import static cn.xinjiuye.portal.governance.internal.CaseStatus.SUBMITTED;

import cn.xinjiuye.portal.common.FieldRuleException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The state machine: from which states each action may be taken and where it leads. */
public final class CaseWorkflow {

    public enum Actor {
        DISPATCHER,
        DEPARTMENT,
        REPORTER,
        SUPERVISOR
    }

    public record Transition(Set<CaseStatus> from, CaseStatus to, Actor actor) {}

    private static final Map<CaseAction, Transition> TRANSITIONS = Map.ofEntries(
            Map.entry(CaseAction.ACCEPT, new Transition(EnumSet.of(SUBMITTED), ACCEPTED, Actor.DISPATCHER)),
            Map.entry(CaseAction.REJECT, new Transition(EnumSet.of(SUBMITTED), REJECTED, Actor.DISPATCHER)),
            Map.entry(CaseAction.ASSIGN, new Transition(EnumSet.of(ACCEPTED), ASSIGNED, Actor.DISPATCHER)),
            Map.entry(CaseAction.START, new Transition(EnumSet.of(ASSIGNED), IN_PROGRESS, Actor.DEPARTMENT)),
            Map.entry(CaseAction.RETURN, new Transition(EnumSet.of(ASSIGNED, IN_PROGRESS), ACCEPTED, Actor.DEPARTMENT)),
            Map.entry(
                    CaseAction.RESOLVE, new Transition(EnumSet.of(ASSIGNED, IN_PROGRESS), RESOLVED, Actor.DEPARTMENT)),
            Map.entry(CaseAction.VERIFY, new Transition(EnumSet.of(RESOLVED), CLOSED, Actor.DISPATCHER)),
            Map.entry(
                    CaseAction.REQUEST_EXTENSION,
                    new Transition(EnumSet.of(ASSIGNED, IN_PROGRESS), null, Actor.DEPARTMENT)),
            Map.entry(
                    CaseAction.APPROVE_EXTENSION,
                    new Transition(EnumSet.of(ASSIGNED, IN_PROGRESS), null, Actor.DISPATCHER)),
            Map.entry(
                    CaseAction.REFUSE_EXTENSION,
                    new Transition(EnumSet.of(ASSIGNED, IN_PROGRESS), null, Actor.DISPATCHER)),
            Map.entry(CaseAction.RATE, new Transition(EnumSet.of(CLOSED), null, Actor.REPORTER)),
            Map.entry(CaseAction.REOPEN, new Transition(EnumSet.of(CLOSED), ACCEPTED, Actor.REPORTER)),
            Map.entry(
                    CaseAction.REOPEN_CHECK_FAILED,
                    new Transition(EnumSet.of(RESOLVED, CLOSED), ACCEPTED, Actor.DISPATCHER)),
            Map.entry(CaseAction.SUPERVISE, new Transition(CaseStatus.RUNNING, null, Actor.SUPERVISOR)),
            Map.entry(
                    CaseAction.SUPERVISION_REPLY,
                    new Transition(EnumSet.allOf(CaseStatus.class), null, Actor.DEPARTMENT)));

    private CaseWorkflow() {}

    public static Transition of(CaseAction action) {
        Transition t = TRANSITIONS.get(action);
        if (t == null) {
            throw new IllegalArgumentException("no transition " + action);
        }
        return t;
    }

    public static boolean allowed(CaseStatus from, CaseAction action) {
        Transition t = TRANSITIONS.get(action);
        return t != null && t.from().contains(from);
    }

    /** Refuses an action that the case's state does not allow; returns the state it leads to (or the same). */
    public static CaseStatus check(CaseStatus from, CaseAction action) {
        if (!allowed(from, action)) {
            throw new FieldRuleException("action", "case.error.transition");
        }
        CaseStatus to = of(action).to();
        return to == null ? from : to;
    }
}
