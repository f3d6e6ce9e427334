package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public tracking page: a case looked up by its number and the last four digits of the reporter's phone
 * (failed look-ups counted per address, too many of them block the address for a while), and the reporter's rating
 * of a closed case, where dissatisfied reopens it.
 */
@Service
public class CaseTracking {

    /** Failed tracking look-ups allowed per address in 15 minutes before the page refuses to look up more. */
    public static final int TRACK_FAILURES = 10;

    private final GovCaseRepository cases;
    private final CaseEventRepository events;
    private final CaseTimeline timeline;
    private final CaseDeadlines deadlines;
    private final JdbcTemplate jdbc;

    CaseTracking(
            GovCaseRepository cases,
            CaseEventRepository events,
            CaseTimeline timeline,
            CaseDeadlines deadlines,
            JdbcTemplate jdbc) {
        this.cases = cases;
        this.events = events;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.jdbc = jdbc;
    }

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
            List<TimelineStep> steps) {}

    /**
     * The tracking page after a look-up or a rating: the number and tail as typed, the case when they matched, or
     * not found; an error or success message key.
     */
    public record TrackPage(
            String caseNo, String phoneTail, Tracking tracking, boolean notFound, String error, String success) {

        /** The empty form. */
        public static TrackPage form() {
            return new TrackPage(null, null, null, false, null, null);
        }
    }

    /** Looks a case up for the public page, counting a failed look-up against the address. */
    @Transactional
    public TrackPage track(String caseNo, String phoneTail, String remoteAddr) {
        return lookUp(caseNo, phoneTail, remoteAddr, null, null);
    }

    /** The reporter rates a closed case (dissatisfied reopens it for review), then sees it again. */
    @Transactional
    public TrackPage rate(String caseNo, String phoneTail, Rating rating, String remoteAddr) {
        if (blocked(remoteAddr)) {
            return new TrackPage(caseNo, null, null, false, "case.track.blocked", null);
        }
        if (rating == null) {
            return lookUp(caseNo, phoneTail, remoteAddr, "case.error.rating", null);
        }
        Optional<GovCase> c = matching(caseNo, phoneTail);
        if (c.isEmpty()) {
            failed(remoteAddr);
            return new TrackPage(caseNo, null, null, true, null, null);
        }
        try {
            rate(c.get(), rating);
        } catch (FieldRuleException e) {
            return lookUp(caseNo, phoneTail, remoteAddr, e.messageKey(), null);
        }
        String success = rating == Rating.DISSATISFIED ? "case.rated.reopened" : "case.rated";
        return lookUp(caseNo, phoneTail, remoteAddr, null, success);
    }

    /** The case when the number and the phone's last four digits match; empty otherwise (nothing tells which). */
    @Transactional(readOnly = true)
    public Optional<Tracking> find(String caseNo, String phoneTail) {
        return matching(caseNo, phoneTail)
                .map(c -> new Tracking(
                        c.getCaseNo(),
                        c.getCategory(),
                        c.getStatus(),
                        c.getSubmittedAt(),
                        c.getCommunity().getName(),
                        c.getDepartment() == null ? null : c.getDepartment().getName(),
                        c.getDueOn(),
                        c.getResolutionNote(),
                        c.getRating(),
                        events.publicSteps(c.getId())));
    }

    /** True when the address failed too many look-ups lately (the page then says to try again later). */
    boolean blocked(String remoteAddr) {
        Integer n = jdbc.queryForObject(
                "select count(*) from case_track_failure where remote_addr = ? "
                        + "and at > now() - interval '15 minutes'",
                Integer.class,
                remoteAddr == null ? "" : remoteAddr);
        return n != null && n >= TRACK_FAILURES;
    }

    private TrackPage lookUp(String caseNo, String phoneTail, String remoteAddr, String error, String success) {
        if (blocked(remoteAddr)) {
            return new TrackPage(caseNo, null, null, false, "case.track.blocked", success);
        }
        Optional<Tracking> found = find(caseNo, phoneTail);
        if (found.isEmpty()) {
            failed(remoteAddr);
            return new TrackPage(caseNo, null, null, true, error, success);
        }
        return new TrackPage(caseNo, phoneTail, found.get(), false, error, success);
    }

    private void failed(String remoteAddr) {
        jdbc.update("insert into case_track_failure (remote_addr) values (?)", remoteAddr == null ? "" : remoteAddr);
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
