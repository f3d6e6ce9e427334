package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.common.persistence.UniqueConstraints;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People (workers and Party members): the list, a person's page, the form's rules, and who sees whom ({@link
 * Scope}). ID numbers are validated (GB 11643 check character) and stored encrypted with a blind index and a masked
 * form; revealing them is {@link PersonalDataReveal}'s, the Excel workbook {@link PeopleWorkbook}'s.
 */
@Service
@RequiredArgsConstructor
public class PersonService {

    private static final String ID_NUMBER_UNIQUE = "person_id_blind_uq";

    public record PersonData(
            String name,
            Gender gender,
            LocalDate birthDate,
            String idNumber,
            String phone,
            Occupation occupation,
            Long enterpriseId,
            String employerName,
            String regionCode,
            Long branchId,
            PoliticalStatus initialStatus,
            LocalDate statusSince,
            boolean twoWayCultivation,
            String skillTitle) {}

    /** The people list with the branches to filter by. */
    public record PeopleList(Page<PersonRow> page, List<Choice> branches) {}

    /** What the person form chooses from: the branches and the enterprises the user sees. */
    public record FormChoices(List<Choice> branches, List<Choice> enterprises) {}

    /** A person to edit: what the form shows (ID number and phone blank: kept unless typed), with the choices. */
    public record PersonEditing(Long id, long version, PersonData data, FormChoices choices) {}

    private final PersonRepository people;
    private final PipelineStepRepository steps;
    private final RepresentationRepository representations;
    private final MemberServiceRepository services;
    private final OrganizationService organizations;
    private final EnterpriseService enterprises;
    private final RegionService regions;
    private final IdNumberProtector protector;
    private final Clock clock;

    @Transactional(readOnly = true)
    public PeopleList list(PeopleFilter f, Pageable pageable) {
        CurrentUser user = CurrentUsers.require();
        String query = OrganizationService.blankToNull(f.q());
        // An exact ID number matches its blind index under the current key, and under the previous one while a
        // rotation is under way.
        List<String> blinds = query != null && IdNumbers.isValid(query)
                ? protector.blindIndexes(IdNumbers.normalize(query))
                : List.of();
        Page<PersonRow> page = people.search(
                user.scopePrefix(),
                Scope.secretaryId(user),
                query,
                blinds.isEmpty() ? null : blinds.get(0),
                blinds.size() < 2 ? null : blinds.get(1),
                f.status(),
                f.branch(),
                pageable);
        return new PeopleList(page, organizations.branchChoices());
    }

    /** A person the current user may see; 404 or 403 otherwise. */
    @Transactional(readOnly = true)
    public Person get(long id) {
        Person p = people.findById(id).orElseThrow(() -> new NotFoundException("person " + id));
        Scope.check(CurrentUsers.require(), p);
        return p;
    }

    @Transactional(readOnly = true)
    public PersonPage page(long id) {
        Person p = get(id);
        return new PersonPage(
                PersonDetail.of(p),
                steps.findByPerson(id).stream().map(PersonPage.Step::of).toList(),
                representations.findByPerson(id).stream()
                        .map(PersonPage.Nomination::of)
                        .toList(),
                services.findByPerson(id).stream().map(ServiceLine::of).toList(),
                CurrentUsers.find().map(Scope::mayRevealPersonalData).orElse(false),
                null,
                null);
    }

    @Transactional(readOnly = true)
    public FormChoices choices() {
        return new FormChoices(organizations.branchChoices(), enterprises.choices());
    }

    @Transactional(readOnly = true)
    public PersonEditing editing(long id) {
        Person p = get(id);
        PersonData data = new PersonData(
                p.getName(),
                p.getGender(),
                p.getBirthDate(),
                "",
                "",
                p.getOccupation(),
                p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getEmployerName(),
                p.getRegion().getCode(),
                p.getBranch() == null ? null : p.getBranch().getId(),
                p.getPoliticalStatus(),
                p.getStatusSince(),
                p.isTwoWayCultivation(),
                p.getSkillTitle());
        return new PersonEditing(p.getId(), p.getVersion(), data, choices());
    }

    /** Creates a person at their initial status (earlier steps not on file); returns the id. */
    @Transactional
    public long create(PersonData data) {
        CurrentUser user = CurrentUsers.require();
        if (data.idNumber() == null || data.idNumber().isBlank()) {
            throw new FieldRuleException("idNumber", "person.error.idRequired");
        }
        Person p = new Person(data.name().trim());
        apply(p, data, user);
        PoliticalStatus initial = data.initialStatus() == null ? PoliticalStatus.MASSES : data.initialStatus();
        if (initial != PoliticalStatus.MASSES) {
            if (data.statusSince() == null) {
                throw new FieldRuleException("statusSince", "person.error.statusSinceRequired");
            }
            if (data.statusSince().isAfter(LocalDate.now(clock))) {
                throw new FieldRuleException("statusSince", "organization.error.future");
            }
            if (Period.between(data.birthDate(), data.statusSince()).getYears() < PipelineService.MIN_AGE) {
                throw new FieldRuleException("statusSince", "pipeline.rule.age");
            }
        }
        p.startAt(initial, data.statusSince());
        return UniqueConstraints.refuse(() -> people.saveAndFlush(p), ID_NUMBER_UNIQUE, PersonService::idTaken)
                .getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, PersonData data) {
        CurrentUser user = CurrentUsers.require();
        Person p = get(id);
        p.checkVersion(expectedVersion);
        apply(p, data, user);
        UniqueConstraints.refuse(() -> people.saveAndFlush(p), ID_NUMBER_UNIQUE, PersonService::idTaken);
    }

    /** Two people saving the same new ID number at once: the second hears what the check says in scope. */
    private static FieldRuleException idTaken() {
        return new FieldRuleException("idNumber", "person.error.idTaken");
    }

    private void apply(Person p, PersonData data, CurrentUser user) {
        String id = IdNumbers.normalize(data.idNumber());
        boolean newIdNumber = id != null && !id.isEmpty();
        if (newIdNumber) {
            if (!IdNumbers.isValid(id)) {
                throw new FieldRuleException("idNumber", "person.error.idInvalid");
            }
            if (data.birthDate() != null && !data.birthDate().equals(IdNumbers.birthDate(id))) {
                throw new FieldRuleException("birthDate", "person.error.birthDateMismatch");
            }
        }
        if (data.birthDate() != null && data.birthDate().isAfter(LocalDate.now(clock))) {
            throw new FieldRuleException("birthDate", "organization.error.future");
        }
        String phone = OrganizationService.blankToNull(data.phone());
        if (phone != null && !Phones.isMobile(phone)) {
            throw new FieldRuleException("phone", "person.error.phone");
        }
        Region region = Scope.region(regions, data.regionCode());
        if (newIdNumber) {
            refuseTakenIdNumber(p, id, user);
            p.protectIdNumber(protector.seal(id), maskIdNumber(id));
        }
        PartyOrganization branch = null;
        if (data.branchId() != null) {
            branch = organizations
                    .find(data.branchId())
                    .filter(o -> Scope.sees(user, o))
                    .filter(PartyOrganization::isBranchLevel)
                    .orElseThrow(() -> new FieldRuleException("branchId", "person.error.branchUnknown"));
        } else if (Scope.isBranchSecretary(user)) {
            throw new FieldRuleException("branchId", "person.error.branchRequired");
        }
        Enterprise enterprise = null;
        if (data.enterpriseId() != null) {
            enterprise = enterprises
                    .find(data.enterpriseId())
                    .filter(e -> user.covers(e.getRegion().getPath()))
                    .orElseThrow(() -> new FieldRuleException("enterpriseId", "person.error.enterpriseUnknown"));
        }
        p.update(
                data.name().trim(),
                data.gender(),
                data.birthDate(),
                phone == null ? p.getPhone() : phone,
                data.occupation(),
                enterprise,
                OrganizationService.blankToNull(data.employerName()),
                region,
                branch,
                data.twoWayCultivation(),
                OrganizationService.blankToNull(data.skillTitle()));
    }

    /**
     * An ID number on file for someone else. Within the user's scope that is said; outside it the answer is the one
     * for a region outside the scope, on the same field, so that the form tells nothing of other scopes' people.
     */
    private void refuseTakenIdNumber(Person p, String id, CurrentUser user) {
        // Under either key while the ID-number key is being rotated.
        people.findFirstByIdBlindIndexIn(protector.blindIndexes(id))
                .filter(other -> !other.getId().equals(p.getId()))
                .ifPresent(other -> {
                    throw Scope.sees(user, other)
                            ? new FieldRuleException("idNumber", "person.error.idTaken")
                            : new FieldRuleException("regionCode", "organization.error.regionOutOfScope");
                });
    }

    // ---- representation (两代表一委员) and services -------------------------------------------------------------

    /** Every nomination of the people the user sees. */
    @Transactional(readOnly = true)
    public List<RepresentationRow> representationsInScope() {
        CurrentUser user = CurrentUsers.require();
        return representations.findInScope(user.scopePrefix(), Scope.secretaryId(user));
    }

    @Transactional
    public void nominate(
            long personId,
            RepresentationKind kind,
            RepresentationLevel level,
            RepresentationStatus status,
            LocalDate nominatedOn) {
        Person p = get(personId);
        if (nominatedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldRuleException("nominatedOn", "organization.error.future");
        }
        representations.save(new Representation(p, kind, level, status, nominatedOn));
    }

    @Transactional
    public void recordService(long personId, LocalDate servedOn, String description, BigDecimal hours) {
        Person p = get(personId);
        if (servedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldRuleException("servedOn", "organization.error.future");
        }
        services.save(new MemberService(p, servedOn, description.trim(), hours == null ? BigDecimal.ZERO : hours));
    }

    /** 210302199003070011 becomes 210*************11 (the same rule as the templates' {@code @mask}). */
    static String maskIdNumber(String id) {
        return id.substring(0, 3) + "*".repeat(id.length() - 5) + id.substring(id.length() - 2);
    }
}
