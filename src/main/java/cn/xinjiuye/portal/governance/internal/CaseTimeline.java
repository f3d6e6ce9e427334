package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.security.CurrentUsers;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Writes the steps of a case's timeline: who did what, with a note; public steps show on the tracking page. The
 * people a step concerns get their notice with it ({@link CaseNotices}), a reporter who consented their SMS ({@link
 * ReporterSms}).
 */
@Component
@RequiredArgsConstructor
class CaseTimeline {

    private final CaseEventRepository events;
    private final CaseNotices notices;
    private final ReporterSms reporterSms;

    /** A step by the signed-in user (or "anonymous" / "system"). */
    void record(GovCase c, CaseAction action, String note, boolean publicStep) {
        recordBy(CurrentUsers.actorName(), c, action, note, publicStep);
    }

    /** A step by the named actor; returns the step's id. The step's notices and SMS go out in its transaction. */
    long recordBy(String actor, GovCase c, CaseAction action, String note, boolean publicStep) {
        long id = events.save(new CaseEvent(c.getId(), actor, action, note, publicStep))
                .getId();
        notices.after(c, action);
        reporterSms.after(c, action);
        return id;
    }
}
