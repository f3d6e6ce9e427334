package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.governance.internal.GeoReport.UpdateCreated;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FixMyStreet's POST servicerequestupdates for a department's own system: with the department's key it moves a case
 * assigned to that department through the same workflow rules as its staff (start, resolve with a note), onto the
 * timeline under the client's name. An illegal step is a 400 that says why.
 */
@Service
@RequiredArgsConstructor
public class Open311Updates {

    /** The steps that change a case's state, and the state each leads to: what GET servicerequestupdates lists. */
    static final Map<CaseAction, CaseStatus> STATE_OF = new EnumMap<>(Map.of(
            CaseAction.SUBMIT, CaseStatus.SUBMITTED,
            CaseAction.ACCEPT, CaseStatus.ACCEPTED,
            CaseAction.REJECT, CaseStatus.REJECTED,
            CaseAction.ASSIGN, CaseStatus.ASSIGNED,
            CaseAction.START, CaseStatus.IN_PROGRESS,
            CaseAction.RETURN, CaseStatus.ACCEPTED,
            CaseAction.RESOLVE, CaseStatus.RESOLVED,
            CaseAction.VERIFY, CaseStatus.CLOSED,
            CaseAction.REOPEN, CaseStatus.ACCEPTED,
            CaseAction.REOPEN_CHECK_FAILED, CaseStatus.ACCEPTED));

    /** What a department's system may push: accepted and in progress both start the case (签收 and 办理 are one step). */
    static final Map<String, CaseAction> PUSHED = Map.of(
            "ACCEPTED", CaseAction.START,
            "IN_PROGRESS", CaseAction.START,
            "RESOLVED", CaseAction.RESOLVE,
            "FIXED", CaseAction.RESOLVE,
            "CLOSED", CaseAction.RESOLVE);

    private final Open311Access access;
    private final GovCaseRepository cases;
    private final CaseWorkflowService workflow;

    @Transactional
    public List<UpdateCreated> push(Map<String, String> params) {
        Open311Access.Reader writer = access.writer(params.get("api_key"), params.get("jurisdiction_id"));
        Long department = writer.client().departmentId();
        if (department == null) {
            throw Open311Exception.forbidden("only a department's api_key may push updates");
        }
        String id = CaseFiling.blankToNull(params.get("service_request_id"));
        String status = CaseFiling.blankToNull(params.get("status"));
        if (id == null || status == null) {
            throw Open311Exception.badRequest("service_request_id and status are required");
        }
        CaseAction action = PUSHED.get(status.toUpperCase(Locale.ROOT));
        if (action == null) {
            throw Open311Exception.badRequest(
                    "status must be one of ACCEPTED, IN_PROGRESS, RESOLVED (or FIXED, CLOSED)");
        }
        GovCase c = cases.findByCaseNo(id.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> Open311Exception.notFound("no request " + id));
        if (c.getDepartment() == null || !c.getDepartment().getId().equals(department)) {
            throw Open311Exception.forbidden("request " + id + " is not assigned to this api_key's department");
        }
        if (!CaseWorkflow.allowed(c.getStatus(), action)) {
            throw Open311Exception.badRequest(status.toUpperCase(Locale.ROOT) + " is not a step a request in state "
                    + c.getStatus() + " can take; it is allowed from "
                    + CaseWorkflow.of(action).from());
        }
        String note = params.get("description");
        if (action == CaseAction.RESOLVE && (note == null || note.isBlank())) {
            throw Open311Exception.badRequest("description (the resolution note) is required for " + status);
        }
        long step = action == CaseAction.START
                ? workflow.started(c, writer.client().actor())
                : workflow.resolved(c, note, List.of(), writer.client().actor());
        return List.of(new UpdateCreated(String.valueOf(step)));
    }
}
