package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.Actor;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the staff page of one case shows: the case, its light, timeline, photos and supervision notes (with the
 * people their actor names stand for, {@link CaseActors}), the
 * actions the signed-in user may take (names of {@link CaseAction}), whether they may reply to supervision, and the
 * departments it may be assigned to with the one the routing rules suggest, and whether the user may decide what
 * Open311 shows of it without a key (moderation).
 */
public record CasePage(
        CaseView c,
        TrafficLight light,
        List<TimelineStep> timeline,
        Map<String, Actor> actors,
        List<Long> photoIds,
        List<SupervisionNote> supervisions,
        Set<String> actions,
        boolean canReply,
        List<DepartmentChoice> departments,
        Long suggested,
        boolean canModerate) {

    /** A department the case may go to. */
    public record DepartmentChoice(long id, String name) {}
}
