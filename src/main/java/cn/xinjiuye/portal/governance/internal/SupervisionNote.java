package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.time.PortalTime;
import java.time.Instant;
import java.time.LocalDateTime;

/** A supervision note (督办) on the case page, with the department's reply once given and the version to reply to. */
public record SupervisionNote(
        Long id, String note, String notedBy, Instant notedAt, String reply, String repliedBy, long version) {

    public LocalDateTime notedLocal() {
        return PortalTime.local(notedAt);
    }
}
