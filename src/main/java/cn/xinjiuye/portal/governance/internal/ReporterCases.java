package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我的上报: the cases a signed-in worker filed, as the public tracking page shows them (status, due date, public steps,
 * rating), without typing a number. Only the worker's own: the query is bound to the signed-in account.
 */
@Service
@RequiredArgsConstructor
public class ReporterCases {

    private final GovCaseRepository cases;
    private final CaseEventRepository events;

    /** A page of the signed-in worker's cases, newest first; 403 for anyone who is not a worker. */
    @Transactional(readOnly = true)
    public Page<CaseTracking.Tracking> mine(Pageable pageable) {
        CurrentUser user = CurrentUsers.require();
        if (user.role() != Role.WORKER) {
            throw new AccessDeniedException("我的上报 is a worker's page");
        }
        Page<GovCase> page = cases.findByReporterAccountIdOrderBySubmittedAtDescIdDesc(user.id(), pageable);
        List<Long> ids = page.map(GovCase::getId).getContent();
        Map<Long, List<TimelineStep>> steps = ids.isEmpty()
                ? Map.of()
                : events.publicStepsOf(ids).stream()
                        .collect(Collectors.groupingBy(
                                CaseEvent::getCaseId,
                                Collectors.mapping(
                                        e -> new TimelineStep(e.getAt(), e.getActor(), e.getAction(), e.getNote()),
                                        Collectors.toList())));
        return page.map(c -> CaseTracking.Tracking.of(c, steps.getOrDefault(c.getId(), List.of())));
    }
}
