package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.time.PortalTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;

/** One step of a case's timeline as pages show it: when, who (staff pages only), what and the note. */
public record TimelineStep(Instant at, String actor, CaseAction action, String note) {

    /** How the green channel is noted on acceptance (CaseWorkflowService). */
    static final String GREEN_CHANNEL_NOTE = "绿色通道";

    public LocalDateTime localAt() {
        return PortalTime.local(at);
    }

    /**
     * The message key of a note that is a code rather than someone's words (a rating such as DISSATISFIED, the green
     * channel of an acceptance), so the page shows it in the reader's language; null for a note to show as written.
     */
    public String noteKey() {
        if (note == null) {
            return null;
        }
        if (action == CaseAction.RATE) {
            return Arrays.stream(Rating.values())
                    .filter(r -> r.name().equals(note))
                    .map(Rating::messageKey)
                    .findFirst()
                    .orElse(null);
        }
        if (action == CaseAction.ACCEPT && note.equals(GREEN_CHANNEL_NOTE)) {
            return "case.greenChannel.short";
        }
        return null;
    }
}
