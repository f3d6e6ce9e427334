package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import java.util.EnumSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one answer to "may this user do this to this case". Dispatchers (community secretary, street, district, admin)
 * see and dispatch the cases of communities in their region subtree, supervisors (street, district, admin) also
 * supervise them; department staff see and work only the cases assigned to their own department.
 */
@Component
@RequiredArgsConstructor
public class CaseAccessPolicy {

    static final Set<Role> DISPATCHERS =
            EnumSet.of(Role.ADMIN, Role.ORG_STAFF, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);
    static final Set<Role> SUPERVISORS = EnumSet.of(Role.ADMIN, Role.ORG_STAFF, Role.STREET_STAFF);

    /** Actions the reporter or the system takes, never offered on the staff page. */
    private static final Set<CaseAction> NOT_FOR_STAFF =
            EnumSet.of(CaseAction.SUBMIT, CaseAction.RATE, CaseAction.REOPEN, CaseAction.SUPERVISION_REPLY);

    private final GovCaseRepository cases;
    private final DepartmentRepository departments;

    /** A member of governance staff with their department (null unless department staff). */
    public record Staff(CurrentUser user, Long departmentId) {

        public boolean isDepartment() {
            return user.role() == Role.DEPARTMENT_STAFF;
        }
    }

    /** The list scope of staff: their region subtree, or their department's cases anywhere. */
    public record Scope(String prefix, Long departmentId) {}

    /** The signed-in user as governance staff; 403 for anyone who is not governance staff. */
    public Staff staff() {
        CurrentUser user = CurrentUsers.require();
        if (!DISPATCHERS.contains(user.role()) && user.role() != Role.DEPARTMENT_STAFF) {
            throw new AccessDeniedException("not staff of governance");
        }
        return new Staff(user, departmentOf(user));
    }

    /** True when the user files for others: staff who dispatch (phone required, community in scope). */
    public boolean filesForOthers(CurrentUser user) {
        return DISPATCHERS.contains(user.role());
    }

    public Scope scope(Staff staff) {
        return staff.isDepartment()
                ? new Scope("/", staff.departmentId())
                : new Scope(staff.user().scopePrefix(), null);
    }

    /** The case if these staff may see it: 404 when missing, 403 outside their scope or department. */
    public GovCase visible(Staff staff, long id) {
        GovCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("case " + id));
        if (staff.isDepartment()) {
            if (!ownDepartment(staff, c)) {
                throw new AccessDeniedException(
                        "not assigned to the department of " + staff.user().username());
            }
        } else {
            staff.user().checkCovers(c.getCommunity().getPath());
        }
        return c;
    }

    /**
     * The case for an action of the signed-in user: visible to them, unchanged since their form was built (409), an
     * action of their role (403) and allowed in the case's state (a field error).
     */
    public GovCase acting(long id, long version, CaseAction action) {
        Staff staff = staff();
        GovCase c = visible(staff, id);
        c.checkVersion(version);
        if (!mayAct(staff, c, CaseWorkflow.of(action).actor())) {
            throw new AccessDeniedException(action + " not allowed for this user");
        }
        CaseWorkflow.check(c.getStatus(), action);
        return c;
    }

    /** The actions staff may take on the case now, as the case page offers them. */
    public Set<CaseAction> allowedActions(Staff staff, GovCase c) {
        Set<CaseAction> result = EnumSet.noneOf(CaseAction.class);
        for (CaseAction a : CaseAction.values()) {
            if (!NOT_FOR_STAFF.contains(a)
                    && CaseWorkflow.allowed(c.getStatus(), a)
                    && mayAct(staff, c, CaseWorkflow.of(a).actor())) {
                result.add(a);
            }
        }
        if (c.getPendingExtensionDays() == null) {
            result.remove(CaseAction.APPROVE_EXTENSION);
            result.remove(CaseAction.REFUSE_EXTENSION);
        } else {
            result.remove(CaseAction.REQUEST_EXTENSION);
        }
        return result;
    }

    /** The dispatchers of the case's community decide what Open311 shows of it without a key. */
    public boolean mayModerate(Staff staff, GovCase c) {
        return mayAct(staff, c, CaseWorkflow.Actor.DISPATCHER);
    }

    /** Only the department the case is assigned to replies to a supervision note. */
    public boolean mayReplyToSupervision(Staff staff, GovCase c) {
        return mayAct(staff, c, CaseWorkflow.Actor.DEPARTMENT);
    }

    private boolean mayAct(Staff staff, GovCase c, CaseWorkflow.Actor role) {
        CurrentUser user = staff.user();
        return switch (role) {
            case DISPATCHER ->
                DISPATCHERS.contains(user.role())
                        && user.covers(c.getCommunity().getPath());
            case SUPERVISOR ->
                SUPERVISORS.contains(user.role())
                        && user.covers(c.getCommunity().getPath());
            case DEPARTMENT -> staff.isDepartment() && ownDepartment(staff, c);
            case REPORTER -> false;
        };
    }

    private static boolean ownDepartment(Staff staff, GovCase c) {
        return c.getDepartment() != null && c.getDepartment().getId().equals(staff.departmentId());
    }

    /** The department of a department staff account (-1 when unbound); null for other roles. */
    private Long departmentOf(CurrentUser user) {
        if (user.role() != Role.DEPARTMENT_STAFF) {
            return null;
        }
        return departments.departmentOf(user.id()).orElse(-1L);
    }
}
