package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.security.CurrentUsers;
import org.springframework.stereotype.Component;

/** Writes the steps of a case's timeline: who did what, with a note; public steps show on the tracking page. */
@Component
class CaseTimeline {

    private final CaseEventRepository events;

    CaseTimeline(CaseEventRepository events) {
        this.events = events;
    }

    /** A step by the signed-in user (or "anonymous" / "system"). */
    void record(GovCase c, CaseAction action, String note, boolean publicStep) {
        recordBy(CurrentUsers.actorName(), c, action, note, publicStep);
    }

    /** A step by the named actor; returns the step's id. */
    long recordBy(String actor, GovCase c, CaseAction action, String note, boolean publicStep) {
        return events.save(new CaseEvent(c.getId(), actor, action, note, publicStep))
                .getId();
    }
}
