package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.limits.RateLimiter;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.time.PortalTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public tracking page: a case looked up by its number and the last four digits of the reporter's phone, and the
 * reporter's rating of a closed case, where dissatisfied reopens it. Failed look-ups are limited per address, and per
 * account when signed in ({@code portal.limits.tracking.*}): every look-up takes a count of the atomic {@link
 * RateLimiter} before it is evaluated and a successful one gives it back, so forty parallel wrong guesses from one
 * address get exactly the limit evaluated. The counts commit on their own, outside the look-up's transaction.
 */
@Service
@RequiredArgsConstructor
public class CaseTracking {

    static final String ADDRESS_BUCKET = "track-address";
    static final String ACCOUNT_BUCKET = "track-account";

    private final GovCaseRepository cases;
    private final CaseEventRepository events;
    private final CaseTimeline timeline;
    private final CaseDeadlines deadlines;
    private final RateLimiter limiter;
    private final TransactionTemplate tx;

    @Value("${portal.limits.tracking.failures:10}")
    private final int failures;

    @Value("${portal.limits.tracking.window:15m}")
    private final Duration window;

    /** What the tracking page shows of a case: no personal data, public steps only. */
    public record Tracking(
            String caseNo,
            CaseCategory category,
            CaseStatus status,
            Instant submittedAt,
            String communityName,
            String departmentName,
            LocalDate dueOn,
            String resolutionNote,
            Rating rating,
            List<TimelineStep> steps) {

        public LocalDateTime submittedLocal() {
            return PortalTime.local(submittedAt);
        }

        /**
         * Every stage on the way to closing, reached or not: submitted, accepted, assigned, in progress, resolved,
         * closed (a rejected case: submitted, rejected). The steps below say when each happened.
         */
        public List<Stage> stages() {
            if (status == CaseStatus.REJECTED) {
                return List.of(
                        new Stage(CaseStatus.SUBMITTED.messageKey(), true),
                        new Stage(CaseStatus.REJECTED.messageKey(), true));
            }
            List<CaseStatus> way = List.of(
                    CaseStatus.SUBMITTED,
                    CaseStatus.ACCEPTED,
                    CaseStatus.ASSIGNED,
                    CaseStatus.IN_PROGRESS,
                    CaseStatus.RESOLVED,
                    CaseStatus.CLOSED);
            int at = way.indexOf(status);
            return way.stream()
                    .map(s -> new Stage(s.messageKey(), way.indexOf(s) <= at))
                    .toList();
        }

        /** The case as the reporter may see it, with its public steps. */
        static Tracking of(GovCase c, List<TimelineStep> steps) {
            return new Tracking(
                    c.getCaseNo(),
                    c.getCategory(),
                    c.getStatus(),
                    c.getSubmittedAt(),
                    c.getCommunity().getName(),
                    c.getDepartment() == null ? null : c.getDepartment().getName(),
                    c.getDueOn(),
                    c.getResolutionNote(),
                    c.getRating(),
                    steps);
        }
    }

    /** A stage of a case's way to closing (its status's message key) and whether the case has reached it. */
    public record Stage(String messageKey, boolean reached) {}

    /**
     * The tracking page after a look-up or a rating: the number and tail as typed, the case when they matched, or
     * not found; an error or success message key.
     */
    public record TrackPage(
            String caseNo, String phoneTail, Tracking tracking, boolean notFound, String error, String success) {

        /** The empty form, with the case number of a tracking link (at most a case number's length) when given. */
        public static TrackPage form(String caseNo) {
            String no = caseNo == null || caseNo.isBlank() || caseNo.trim().length() > 24 ? null : caseNo.trim();
            return new TrackPage(no, null, null, false, null, null);
        }
    }

    /** Looks a case up for the public page; a failed look-up counts against the address (and account). */
    public TrackPage track(String caseNo, String phoneTail, String remoteAddr) {
        return lookUp(caseNo, phoneTail, remoteAddr, null, null);
    }

    /** The reporter rates a closed case (dissatisfied reopens it for review), then sees it again. */
    public TrackPage rate(String caseNo, String phoneTail, Rating rating, String remoteAddr) {
        if (rating == null) {
            return lookUp(caseNo, phoneTail, remoteAddr, "case.error.rating", null);
        }
        List<String[]> counted = acquire(remoteAddr);
        if (counted == null) {
            return blocked(caseNo, null);
        }
        Rated outcome = tx.execute(status -> matching(caseNo, phoneTail)
                .map(c -> {
                    try {
                        rate(c, rating);
                        return new Rated(rating == Rating.DISSATISFIED ? "case.rated.reopened" : "case.rated", null);
                    } catch (FieldRuleException e) {
                        return new Rated(null, e.messageKey());
                    }
                })
                .orElse(null));
        if (outcome == null) {
            return new TrackPage(caseNo, null, null, true, null, null);
        }
        release(counted);
        return shown(caseNo, phoneTail, inTransaction(caseNo, phoneTail), outcome.error(), outcome.success());
    }

    /** A rating's message: the success or the error key. */
    private record Rated(String success, String error) {}

    /** The case when the number and the phone's last four digits match; empty otherwise (nothing tells which). */
    @Transactional(readOnly = true)
    public Optional<Tracking> find(String caseNo, String phoneTail) {
        return matching(caseNo, phoneTail).map(c -> Tracking.of(c, events.publicSteps(c.getId())));
    }

    private TrackPage lookUp(String caseNo, String phoneTail, String remoteAddr, String error, String success) {
        List<String[]> counted = acquire(remoteAddr);
        if (counted == null) {
            return blocked(caseNo, success);
        }
        Optional<Tracking> found = inTransaction(caseNo, phoneTail);
        if (found.isEmpty()) {
            return new TrackPage(caseNo, null, null, true, error, success);
        }
        release(counted);
        return shown(caseNo, phoneTail, found, error, success);
    }

    /** {@link #find} from inside this class, where its annotation does not apply. */
    private Optional<Tracking> inTransaction(String caseNo, String phoneTail) {
        return tx.execute(status -> find(caseNo, phoneTail));
    }

    private static TrackPage shown(
            String caseNo, String phoneTail, Optional<Tracking> found, String error, String success) {
        return found.map(t -> new TrackPage(caseNo, phoneTail, t, false, error, success))
                .orElseGet(() -> new TrackPage(caseNo, null, null, true, error, success));
    }

    private static TrackPage blocked(String caseNo, String success) {
        return new TrackPage(caseNo, null, null, false, "case.track.blocked", success);
    }

    /**
     * Counts a look-up against the address and the signed-in account; the {bucket, key} pairs counted, or null when
     * one of them is over the limit (then nothing is looked up).
     */
    private List<String[]> acquire(String remoteAddr) {
        List<String[]> keys = new ArrayList<>();
        CurrentUsers.find().ifPresent(u -> keys.add(new String[] {ACCOUNT_BUCKET, String.valueOf(u.id())}));
        keys.add(new String[] {ADDRESS_BUCKET, remoteAddr == null ? "" : remoteAddr});
        for (String[] k : keys) {
            if (!limiter.tryAcquire(k[0], k[1], failures, window)) {
                return null;
            }
        }
        return keys;
    }

    /** A look-up that found its case was no failure: its counts go back. */
    private void release(List<String[]> counted) {
        counted.forEach(k -> limiter.release(k[0], k[1], window));
    }

    private void rate(GovCase c, Rating rating) {
        CaseWorkflow.check(c.getStatus(), CaseAction.RATE);
        if (c.getRating() != null) {
            throw new FieldRuleException("rating", "case.error.alreadyRated");
        }
        c.rate(rating);
        timeline.recordBy(CaseActors.REPORTER, c, CaseAction.RATE, rating.name(), true);
        if (rating == Rating.DISSATISFIED) {
            c.moveTo(CaseWorkflow.check(c.getStatus(), CaseAction.REOPEN));
            c.reopen();
            deadlines.startToday(c);
            timeline.recordBy(CaseActors.REPORTER, c, CaseAction.REOPEN, null, true);
        }
    }

    private Optional<GovCase> matching(String caseNo, String phoneTail) {
        if (caseNo == null || phoneTail == null || !phoneTail.trim().matches("\\d{4}")) {
            return Optional.empty();
        }
        return cases.findByCaseNo(caseNo.trim().toUpperCase(Locale.ROOT))
                .filter(c ->
                        c.getReporterPhone() != null && c.getReporterPhone().endsWith(phoneTail.trim()));
    }
}
