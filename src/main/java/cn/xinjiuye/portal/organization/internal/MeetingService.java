package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.Labelled;
import cn.xinjiuye.portal.common.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizational life (组织生活) of a branch and its quarterly 三会一课 check against the branch work regulations:
 * 党员大会 and 党课 at least once a quarter; 支委会 monthly where there is a committee; 党小组会 monthly where there
 * are Party groups; 主题党日 monthly. Online meetings (网会) count like the others.
 */
@Service
@RequiredArgsConstructor
public class MeetingService {

    public enum CheckStatus implements Labelled {
        MET,
        MISSING,
        PENDING;

        @Override
        public String messageKey() {
            return "life.status." + name();
        }
    }

    /** One required meeting of a period (a month, or the quarter when month is null). */
    public record Requirement(MeetingKind kind, Integer month, long held, CheckStatus status) {}

    public record QuarterCheck(
            OrganizationRef branch, int year, int quarter, List<Requirement> requirements, List<MeetingRow> meetings) {
        public long missing() {
            return requirements.stream()
                    .filter(r -> r.status() == CheckStatus.MISSING)
                    .count();
        }
    }

    /** A branch's recent meetings. */
    public record MeetingsPage(OrganizationRef branch, List<MeetingRow> meetings) {}

    /** What the meeting form offers: the branch and the people who may attend. */
    public record AttendanceChoices(OrganizationRef branch, List<AttendeeOption> members) {}

    /** A meeting with the branch's people, present or absent. */
    public record MeetingPage(MeetingDetail meeting, List<AttendeeOption> members, Set<Long> presentIds) {}

    public record MeetingDetail(
            Long id,
            Long branchId,
            String branchName,
            MeetingKind kind,
            boolean online,
            LocalDate heldOn,
            String topic) {}

    private final PartyMeetingRepository meetings;
    private final PersonRepository people;
    private final OrganizationService organizations;
    private final Clock clock;

    @Transactional(readOnly = true)
    public MeetingsPage recent(long branchId, int days) {
        PartyOrganization branch = branch(branchId);
        LocalDate today = LocalDate.now(clock);
        return new MeetingsPage(
                OrganizationRef.of(branch), meetings.rowsOfBranch(branch.getId(), today.minusDays(days), today));
    }

    @Transactional(readOnly = true)
    public MeetingPage page(long id) {
        PartyMeeting m = meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting " + id));
        PartyOrganization branch = organizations.get(m.getBranch().getId());
        MeetingDetail detail = new MeetingDetail(
                m.getId(), branch.getId(), branch.getName(), m.getKind(), m.isOnline(), m.getHeldOn(), m.getTopic());
        Set<Long> present = m.getAttendees().stream().map(Person::getId).collect(Collectors.toSet());
        return new MeetingPage(detail, people.attendeeOptions(branch.getId()), present);
    }

    /** The people who may attend: the branch's own people (mobile members are attached to their host branch). */
    @Transactional(readOnly = true)
    public AttendanceChoices choices(long branchId) {
        PartyOrganization branch = branch(branchId);
        return new AttendanceChoices(OrganizationRef.of(branch), people.attendeeOptions(branch.getId()));
    }

    @Transactional
    public long record(
            long branchId,
            MeetingKind kind,
            boolean online,
            LocalDate heldOn,
            String topic,
            Collection<Long> attendeeIds) {
        PartyOrganization branch = branch(branchId);
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new FieldRuleException("heldOn", "organization.error.future");
        }
        if (kind == MeetingKind.COMMITTEE && !branch.isHasCommittee()) {
            throw new FieldRuleException("kind", "meeting.error.noCommittee");
        }
        Set<Person> attendees = new HashSet<>();
        List<Person> allowed = people.findByBranch(branch.getId());
        for (Long id : attendeeIds == null ? List.<Long>of() : attendeeIds) {
            Person p = allowed.stream()
                    .filter(a -> a.getId().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new FieldRuleException("attendeeIds", "meeting.error.attendee"));
            attendees.add(p);
        }
        return meetings.save(new PartyMeeting(branch, kind, online, heldOn, topic.trim(), attendees))
                .getId();
    }

    @Transactional(readOnly = true)
    public QuarterCheck quarter(long branchId, int year, int quarter) {
        PartyOrganization branch = branch(branchId);
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        LocalDate from = first.atDay(1);
        LocalDate to = first.plusMonths(2).atEndOfMonth();
        List<MeetingRow> held = meetings.rowsOfBranch(branch.getId(), from, to);
        LocalDate today = LocalDate.now(clock);
        List<Requirement> requirements = new ArrayList<>();
        for (MeetingKind kind : MeetingKind.values()) {
            if (kind == MeetingKind.COMMITTEE && !branch.isHasCommittee()
                    || kind == MeetingKind.GROUP && !branch.isHasPartyGroups()) {
                continue;
            }
            if (kind.isMonthly()) {
                for (int i = 0; i < 3; i++) {
                    YearMonth month = first.plusMonths(i);
                    long n = held.stream()
                            .filter(m -> m.kind() == kind
                                    && YearMonth.from(m.heldOn()).equals(month))
                            .count();
                    requirements.add(
                            new Requirement(kind, month.getMonthValue(), n, status(n, month.atEndOfMonth(), today)));
                }
            } else {
                long n = held.stream().filter(m -> m.kind() == kind).count();
                requirements.add(new Requirement(kind, null, n, status(n, to, today)));
            }
        }
        return new QuarterCheck(OrganizationRef.of(branch), year, quarter, requirements, held);
    }

    private static CheckStatus status(long held, LocalDate periodEnd, LocalDate today) {
        if (held > 0) {
            return CheckStatus.MET;
        }
        return periodEnd.isBefore(today) ? CheckStatus.MISSING : CheckStatus.PENDING;
    }

    private PartyOrganization branch(long branchId) {
        PartyOrganization branch = organizations.get(branchId);
        if (!branch.isBranchLevel()) {
            throw new NotFoundException("not a branch: " + branchId);
        }
        return branch;
    }
}
