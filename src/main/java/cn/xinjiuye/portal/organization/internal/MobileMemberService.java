package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mobile members (流动党员) under dual management (双重管理). Every half year (1 January – 30 June, 1 July –
 * 31 December) the host branch sends the home organization a feedback letter drafted from the member's recorded
 * meeting attendance and services; it is late when not sent within {@value #FEEDBACK_DAYS} days after the half
 * year ends, for every half year the agreement covered.
 */
@Service
@RequiredArgsConstructor
public class MobileMemberService {

    public static final int FEEDBACK_DAYS = 30;

    /** At most this many candidates of each status in the agreement form. */
    static final int MAX_CANDIDATES = 100;

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

    /** The list page: the members, the letters that are late, and the current half year for links. */
    public record MobileMembersPage(List<MobileMemberRow> members, List<LateLetter> late, Period current) {}

    /** A member's page: the agreement, the letters sent, and the current half year. */
    public record MobileMemberPage(MobileMemberDetail member, List<SentLetter> letters, Period current) {}

    /** The agreement form's choices: host branches, and the Party members (full, then probationary). */
    public record AgreementChoices(List<Choice> branches, List<Choice> candidates) {}

    /**
     * The letter of one half year: drafted from what is on file, with the secretary's evaluation once sent; it can be
     * sent once the half year has ended ({@code halfEnded}).
     */
    public record Letter(
            MobileMemberDetail member,
            Period period,
            List<MeetingRow> meetings,
            List<ServiceLine> services,
            SentLetter sent,
            boolean halfEnded) {
        public BigDecimal serviceHours() {
            return services.stream().map(ServiceLine::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private final MobileMemberRepository members;
    private final FeedbackLetterRepository letters;
    private final PartyMeetingRepository meetings;
    private final MemberServiceRepository services;
    private final PersonRepository people;
    private final OrganizationService organizations;
    private final PersonService personService;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Transactional(readOnly = true)
    public MobileMembersPage list() {
        CurrentUser user = CurrentUsers.require();
        return new MobileMembersPage(
                members.rows(user.scopePrefix(), Scope.secretaryId(user)),
                late(user.scopePrefix(), Scope.secretaryId(user), LocalDate.now(clock)),
                currentPeriod());
    }

    private MobileMember get(long id) {
        MobileMember m = members.findById(id).orElseThrow(() -> new NotFoundException("mobile member " + id));
        Scope.check(CurrentUsers.require(), m.getHostBranch());
        return m;
    }

    @Transactional(readOnly = true)
    public MobileMemberPage page(long id) {
        MobileMember m = get(id);
        return new MobileMemberPage(
                MobileMemberDetail.of(m),
                letters.findByMobileMember(id).stream().map(SentLetter::of).toList(),
                currentPeriod());
    }

    @Transactional(readOnly = true)
    public AgreementChoices choices() {
        CurrentUser user = CurrentUsers.require();
        List<Choice> candidates = new ArrayList<>();
        for (PoliticalStatus status : List.of(PoliticalStatus.FULL_MEMBER, PoliticalStatus.PROBATIONARY)) {
            candidates.addAll(
                    people.choices(user.scopePrefix(), Scope.secretaryId(user), status, Limit.of(MAX_CANDIDATES)));
        }
        return new AgreementChoices(organizations.branchChoices(), candidates);
    }

    @Transactional
    public long create(AgreementData data) {
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
        if (data.agreementSignedOn().isAfter(LocalDate.now(clock))) {
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
                        data.termMonths()))
                .getId();
    }

    /** 归队: a lost member found and brought back to organizational life. */
    @Transactional
    public void markReturned(long id, long expectedVersion, LocalDate on, String note) {
        MobileMember m = get(id);
        m.checkVersion(expectedVersion);
        if (on.isAfter(LocalDate.now(clock))) {
            throw new FieldRuleException("returnedOn", "organization.error.future");
        }
        m.markReturned(on, OrganizationService.blankToNull(note));
    }

    @Transactional(readOnly = true)
    public Letter letter(long id, int year, int half) {
        MobileMember m = get(id);
        Period period = checkedPeriod(m, year, half);
        long personId = m.getPerson().getId();
        return new Letter(
                MobileMemberDetail.of(m),
                period,
                meetings.attendedBetween(personId, period.start(), period.end()),
                services.findByPersonBetween(personId, period.start(), period.end()).stream()
                        .map(ServiceLine::of)
                        .toList(),
                letters.find(id, year, half).map(SentLetter::of).orElse(null),
                LocalDate.now(clock).isAfter(period.end()));
    }

    /** The secretary's evaluation; the letter is marked sent. Once per half year. */
    @Transactional
    public void send(long id, int year, int half, String evaluation, LocalDate sentOn) {
        MobileMember m = get(id);
        Period period = checkedPeriod(m, year, half);
        if (letters.find(id, year, half).isPresent()) {
            throw new FieldRuleException("evaluation", "mobile.error.alreadySent");
        }
        if (sentOn.isAfter(LocalDate.now(clock)) || sentOn.isBefore(period.start())) {
            throw new FieldRuleException("sentOn", "mobile.error.sentOn");
        }
        // The letter reports on a whole half year: it goes out once that half year is over.
        if (!sentOn.isAfter(period.end())) {
            throw new FieldRuleException(
                    "sentOn", "mobile.error.sentBeforeHalfEnds", period.end().toString());
        }
        letters.save(new FeedbackLetter(m, year, half, evaluation.trim(), sentOn));
    }

    /**
     * Agreements whose feedback for a finished half year was not sent within the deadline, in one query: every half
     * year from the one of the signing to the one of the agreement's end (or today), whose letter was due before
     * today and is not on file; members brought back are not asked for letters.
     */
    List<LateLetter> late(String prefix, Long secretaryId, LocalDate today) {
        return jdbc.sql("""
                        select m.id, p.name, extract(year from h.start)::int,
                               case when extract(month from h.start) = 1 then 1 else 2 end
                          from mobile_member m
                          join person p on p.id = m.person_id
                          join party_organization b on b.id = m.host_branch_id
                          join region r on r.id = b.region_id
                          cross join lateral generate_series(
                                date_trunc('year', cast(m.agreement_signed_on as timestamp))
                                    + case when extract(month from m.agreement_signed_on) > 6
                                           then interval '6 months' else interval '0' end,
                                least(m.agreement_signed_on + make_interval(months => m.term_months),
                                      cast(:today as date))::timestamp,
                                interval '6 months') as h(start)
                         where not m.returned
                           and ((cast(:secretaryId as bigint) is null and r.path like :prefix || '%')
                                or b.secretary_account_id = cast(:secretaryId as bigint))
                           and cast(h.start + interval '6 months' as date) - 1 + :days < cast(:today as date)
                           and not exists (select 1 from feedback_letter f
                                            where f.mobile_member_id = m.id
                                              and f.year = extract(year from h.start)
                                              and f.half = case when extract(month from h.start) = 1 then 1 else 2 end)
                         order by m.agreement_signed_on desc, m.id, h.start
                        """)
                .param("prefix", prefix)
                .param("secretaryId", secretaryId)
                .param("today", today)
                .param("days", FEEDBACK_DAYS)
                .query((rs, n) -> new LateLetter(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    private Period checkedPeriod(MobileMember m, int year, int half) {
        if (half != 1 && half != 2) {
            throw new NotFoundException("half " + half);
        }
        Period period = new Period(year, half);
        if (period.end().isBefore(m.getAgreementSignedOn()) || period.start().isAfter(LocalDate.now(clock))) {
            throw new NotFoundException("no feedback period " + year + "/" + half + " for mobile member " + m.getId());
        }
        return period;
    }

    /** The current half year, for links. */
    public Period currentPeriod() {
        return Period.of(LocalDate.now(clock));
    }
}
