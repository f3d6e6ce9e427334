package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.time.PortalTime;
import java.time.Instant;
import java.time.LocalDateTime;

/** One step of a case's timeline as pages show it: when, who (staff pages only), what and the note. */
public record TimelineStep(Instant at, String actor, CaseAction action, String note) {

    public LocalDateTime localAt() {
        return PortalTime.local(at);
    }
}
