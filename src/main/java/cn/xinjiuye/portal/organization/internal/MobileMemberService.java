package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mobile members (流动党员) under dual management (双重管理). Every half year (1 January – 30 June, 1 July –
 * 31 December) the host branch sends the home organization a feedback letter drafted from the member's recorded
 * meeting attendance and services; it is late when not sent within {@value #FEEDBACK_DAYS} days after the half
 * year ends, for every half year the agreement covered.
 */
@Service
public class MobileMemberService {

    public static final int FEEDBACK_DAYS = 30;

    public record AgreementData(
            Long personId,
            Long hostBranchId,
            String homeOrgName,
            String homeOrgRegion,
            String homeOrgContact,
            LocalDate agreementSignedOn,
            Integer termMonths) {}

    public record Period(int year, int half) {
        public LocalDate start() {
            return LocalDate.of(year, half == 1 ? 1 : 7, 1);
        }

        public LocalDate end() {
            return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        }

        public LocalDate feedbackDue() {
            return end().plusDays(FEEDBACK_DAYS);
        }

        public static Period of(LocalDate date) {
            return new Period(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
        }

        public Period next() {
            return half == 1 ? new Period(year, 2) : new Period(year + 1, 1);
        }
    }

    /** The letter of one half year: drafted from what is on file, with the secretary's evaluation once sent. */
    public record Letter(
            MobileMember member,
            Period period,
            List<PartyMeeting> meetings,
            List<MemberService> services,
            FeedbackLetter sent) {
        public java.math.BigDecimal serviceHours() {
            return services.stream()
                    .map(MemberService::getHours)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        }
    }

    public record Late(MobileMember member, Period period) {}

    private final MobileMemberRepository members;
    private final FeedbackLetterRepository letters;
    private final PartyMeetingRepository meetings;
    private final MemberServiceRepository services;
    private final OrganizationService organizations;
    private final PersonService personService;

    MobileMemberService(
            MobileMemberRepository members,
            FeedbackLetterRepository letters,
            PartyMeetingRepository meetings,
            MemberServiceRepository services,
            OrganizationService organizations,
            PersonService personService) {
        this.members = members;
        this.letters = letters;
        this.meetings = meetings;
        this.services = services;
        this.organizations = organizations;
        this.personService = personService;
    }

    @Transactional(readOnly = true)
    public List<MobileMember> list() {
        CurrentUser user = CurrentUsers.require();
        return members.findVisible(user.scopePrefix(), Scope.secretaryId(user));
    }

    @Transactional(readOnly = true)
    public MobileMember get(long id) {
        MobileMember m = members.findById(id).orElseThrow(() -> new NotFoundException("mobile member " + id));
        Scope.check(CurrentUsers.require(), m.getHostBranch());
        return m;
    }

    @Transactional(readOnly = true)
    public List<FeedbackLetter> letters(long id) {
        get(id);
        return letters.findByMobileMember(id);
    }

    @Transactional
    public MobileMember create(AgreementData data) {
        Person person = personService.get(data.personId());
        if (!person.getPoliticalStatus().isPartyMember()) {
            throw new FieldRuleException("personId", "mobile.error.notMember");
        }
        if (members.findByPersonId(person.getId()).isPresent()) {
            throw new FieldRuleException("personId", "mobile.error.duplicate");
        }
        PartyOrganization host = organizations.get(data.hostBranchId());
        if (!host.isBranchLevel()) {
            throw new FieldRuleException("hostBranchId", "person.error.branchUnknown");
        }
        if (data.agreementSignedOn().isAfter(LocalDate.now())) {
            throw new FieldRuleException("agreementSignedOn", "organization.error.future");
        }
        if (person.getBranch() == null) {
            person.assignBranch(host);
        } else if (!person.getBranch().getId().equals(host.getId())) {
            throw new FieldRuleException("hostBranchId", "mobile.error.otherBranch");
        }
        return members.save(new MobileMember(
                person,
                host,
                data.homeOrgName().trim(),
                data.homeOrgRegion().trim(),
                data.homeOrgContact().trim(),
                data.agreementSignedOn(),
                data.termMonths()));
    }

    /** 归队: a lost member found and brought back to organizational life. */
    @Transactional
    public void markReturned(long id, long expectedVersion, LocalDate on, String note) {
        MobileMember m = get(id);
        m.checkVersion(expectedVersion);
        if (on.isAfter(LocalDate.now())) {
            throw new FieldRuleException("returnedOn", "organization.error.future");
        }
        m.markReturned(on, OrganizationService.blankToNull(note));
    }

    @Transactional(readOnly = true)
    public Letter letter(long id, int year, int half) {
        MobileMember m = get(id);
        Period period = checkedPeriod(m, year, half);
        long personId = m.getPerson().getId();
        List<PartyMeeting> attended = meetings.findAttendedBetween(personId, period.start(), period.end());
        return new Letter(
                m,
                period,
                attended,
                services.findByPersonBetween(personId, period.start(), period.end()),
                letters.find(id, year, half).orElse(null));
    }

    /** The secretary's evaluation; the letter is marked sent. Once per half year. */
    @Transactional
    public FeedbackLetter send(long id, int year, int half, String evaluation, LocalDate sentOn) {
        MobileMember m = get(id);
        Period period = checkedPeriod(m, year, half);
        if (letters.find(id, year, half).isPresent()) {
            throw new FieldRuleException("evaluation", "mobile.error.alreadySent");
        }
        if (sentOn.isAfter(LocalDate.now()) || sentOn.isBefore(period.start())) {
            throw new FieldRuleException("sentOn", "mobile.error.sentOn");
        }
        return letters.save(new FeedbackLetter(m, year, half, evaluation.trim(), sentOn));
    }

    /** Agreements whose feedback for a finished half year was not sent within the deadline. */
    @Transactional(readOnly = true)
    public List<Late> late() {
        LocalDate today = LocalDate.now();
        List<Late> out = new ArrayList<>();
        for (MobileMember m : list()) {
            if (m.isReturned()) {
                continue;
            }
            LocalDate until = m.agreementEndsOn().isBefore(today) ? m.agreementEndsOn() : today;
            for (Period p = Period.of(m.getAgreementSignedOn()); !p.start().isAfter(until); p = p.next()) {
                if (p.feedbackDue().isBefore(today)
                        && letters.find(m.getId(), p.year(), p.half()).isEmpty()) {
                    out.add(new Late(m, p));
                }
            }
        }
        return out;
    }

    private static Period checkedPeriod(MobileMember m, int year, int half) {
        if (half != 1 && half != 2) {
            throw new NotFoundException("half " + half);
        }
        Period period = new Period(year, half);
        if (period.end().isBefore(m.getAgreementSignedOn()) || period.start().isAfter(LocalDate.now())) {
            throw new NotFoundException("no feedback period " + year + "/" + half + " for mobile member " + m.getId());
        }
        return period;
    }

    /** The current half year, for links. */
    public Period currentPeriod() {
        return Period.of(LocalDate.now());
    }
}
