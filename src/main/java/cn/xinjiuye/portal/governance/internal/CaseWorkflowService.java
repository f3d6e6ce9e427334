package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.images.CleanImage;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.governance.CaseRejected;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to a case: accept (the clock starts), reject, assign to a department, start, give back, resolve,
 * verify and close; extensions asked by the department and decided by the dispatcher; supervision and its reply.
 * {@link CaseAccessPolicy#acting} checks each action (version, user, state) before it changes anything; every action
 * is a step on the timeline. Publishes {@link CaseRejected}.
 */
@Service
@RequiredArgsConstructor
public class CaseWorkflowService {

    private final CaseAccessPolicy policy;
    private final CaseDeadlines deadlines;
    private final CaseRouting routing;
    private final CaseTimeline timeline;
    private final CasePhotoRepository photos;
    private final Photos photoCleaner;
    private final CaseSupervisionRepository supervisions;
    private final ApplicationEventPublisher publisher;

    @Transactional
    public void accept(long id, long version, boolean green) {
        GovCase c = policy.acting(id, version, CaseAction.ACCEPT);
        c.setGreenChannel(green || c.isGreenChannel());
        c.moveTo(CaseStatus.ACCEPTED);
        // A concern-list item keeps the due date of its reception; any other case starts its clock now.
        if (c.getDueOn() == null || !c.isFromReception()) {
            deadlines.startToday(c);
        }
        timeline.record(c, CaseAction.ACCEPT, c.isGreenChannel() ? TimelineStep.GREEN_CHANNEL_NOTE : null, true);
    }

    @Transactional
    public void reject(long id, long version, String reason) {
        GovCase c = policy.acting(id, version, CaseAction.REJECT);
        String why = required("reason", reason);
        c.reject(why);
        c.moveTo(CaseStatus.REJECTED);
        timeline.record(c, CaseAction.REJECT, why, true);
        publisher.publishEvent(new CaseRejected(c.getId()));
    }

    @Transactional
    public void assign(long id, long version, Long departmentId) {
        GovCase c = policy.acting(id, version, CaseAction.ASSIGN);
        Department d = departmentId == null
                ? null
                : routing.departmentsFor(c).stream()
                        .filter(x -> x.getId().equals(departmentId))
                        .findFirst()
                        .orElse(null);
        if (d == null) {
            throw new FieldRuleException("departmentId", "case.error.department");
        }
        c.assign(d);
        c.moveTo(CaseStatus.ASSIGNED);
        timeline.record(c, CaseAction.ASSIGN, d.getName(), true);
    }

    @Transactional
    public void start(long id, long version) {
        started(policy.acting(id, version, CaseAction.START), CurrentUsers.actorName());
    }

    /** The department starts the case (its staff here, or its own system through Open311); the step's id. */
    long started(GovCase c, String actor) {
        c.moveTo(CaseStatus.IN_PROGRESS);
        return timeline.recordBy(actor, c, CaseAction.START, null, true);
    }

    /** The department gives the case back to the dispatcher, with its reason. */
    @Transactional
    public void giveBack(long id, long version, String reason) {
        GovCase c = policy.acting(id, version, CaseAction.RETURN);
        String why = required("reason", reason);
        String from = c.getDepartment().getName();
        c.assign(null);
        c.clearExtension();
        c.moveTo(CaseStatus.ACCEPTED);
        timeline.record(c, CaseAction.RETURN, from + ": " + why, false);
    }

    @Transactional
    public void resolve(long id, long version, String note, byte[] photo) {
        GovCase c = policy.acting(id, version, CaseAction.RESOLVE);
        String text = required("note", note);
        List<CleanImage> clean = photoCleaner.cleanOne("photo", photo);
        resolved(c, text, clean, CurrentUsers.actorName());
    }

    /** The department resolves the case with its note (required) and photos already cleaned; the step's id. */
    long resolved(GovCase c, String note, List<CleanImage> clean, String actor) {
        String text = required("note", note);
        c.resolve(text);
        c.clearExtension();
        c.moveTo(CaseStatus.RESOLVED);
        clean.forEach(p -> photos.save(new CasePhoto(c.getId(), "RESOLUTION", p)));
        return timeline.recordBy(actor, c, CaseAction.RESOLVE, text, true);
    }

    /**
     * The dispatcher's check found the problem still there: the resolved or closed case goes back to be assigned
     * again, with the reason on the timeline, and its clock starts again from today.
     */
    @Transactional
    public void reopen(long id, long version, String reason) {
        GovCase c = policy.acting(id, version, CaseAction.REOPEN_CHECK_FAILED);
        String why = required("reason", reason);
        c.moveTo(CaseStatus.ACCEPTED);
        c.reopen();
        deadlines.startToday(c);
        timeline.record(c, CaseAction.REOPEN_CHECK_FAILED, why, true);
    }

    @Transactional
    public void verify(long id, long version) {
        GovCase c = policy.acting(id, version, CaseAction.VERIFY);
        c.moveTo(CaseStatus.CLOSED);
        timeline.record(c, CaseAction.VERIFY, null, true);
    }

    /** The department asks for 1 to 30 more working days, before the due date and one request at a time. */
    @Transactional
    public void requestExtension(long id, long version, Integer days, String reason) {
        GovCase c = policy.acting(id, version, CaseAction.REQUEST_EXTENSION);
        if (c.getPendingExtensionDays() != null) {
            throw new FieldRuleException("days", "case.error.extensionPending");
        }
        if (c.getDueOn() != null && deadlines.today().isAfter(c.getDueOn())) {
            throw new FieldRuleException("days", "case.error.extensionLate");
        }
        if (days == null || days < 1 || days > 30) {
            throw new FieldRuleException("days", "case.error.extensionDays");
        }
        String why = required("reason", reason);
        c.requestExtension(days, why);
        timeline.record(c, CaseAction.REQUEST_EXTENSION, days + ": " + why, false);
    }

    /** The dispatcher approves (the due date moves by the working days asked) or refuses the pending extension. */
    @Transactional
    public void decideExtension(long id, long version, boolean approve) {
        CaseAction action = approve ? CaseAction.APPROVE_EXTENSION : CaseAction.REFUSE_EXTENSION;
        GovCase c = policy.acting(id, version, action);
        if (c.getPendingExtensionDays() == null) {
            throw new FieldRuleException("action", "case.error.transition");
        }
        int days = c.getPendingExtensionDays();
        if (approve) {
            c.extendTo(deadlines.extended(c.getDueOn(), days));
        }
        c.clearExtension();
        timeline.record(c, action, approve ? String.valueOf(c.getDueOn()) : null, approve);
    }

    @Transactional
    public void supervise(long id, long version, String note) {
        GovCase c = policy.acting(id, version, CaseAction.SUPERVISE);
        String text = required("note", note);
        timeline.record(c, CaseAction.SUPERVISE, text, false);
        supervisions.save(new CaseSupervision(c.getId(), text, CurrentUsers.actorName()));
    }

    /**
     * The department the case is assigned to replies to a supervision note, once: the form's {@code version} is
     * checked, so a second reply sent at the same time is a 409, not a silent overwrite.
     */
    @Transactional
    public void replyToSupervision(long id, long supervisionId, long version, String reply) {
        CaseAccessPolicy.Staff staff = policy.staff();
        GovCase c = policy.visible(staff, id);
        if (!policy.mayReplyToSupervision(staff, c)) {
            throw new AccessDeniedException("only the department replies");
        }
        CaseSupervision s = supervisions
                .findById(supervisionId)
                .filter(x -> x.getCaseId() == id)
                .orElseThrow(() -> new NotFoundException("supervision " + supervisionId));
        s.checkVersion(version);
        if (s.isReplied()) {
            throw new FieldRuleException("reply", "case.error.supervisionReplied");
        }
        String text = required("reply", reply);
        s.reply(text, CurrentUsers.actorName());
        timeline.record(c, CaseAction.SUPERVISION_REPLY, text, false);
    }

    private static String required(String field, String s) {
        if (s == null || s.isBlank()) {
            throw new FieldRuleException(field, "case.error.required");
        }
        if (s.length() > 500) {
            throw new FieldRuleException(field, "case.error.tooLong");
        }
        return s.trim();
    }
}
