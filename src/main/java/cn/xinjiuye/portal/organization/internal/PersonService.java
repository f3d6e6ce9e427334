package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.excel.CellError;
import cn.xinjiuye.portal.common.excel.ImportResult;
import cn.xinjiuye.portal.common.excel.Xlsx;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * People (workers and Party members). ID numbers are validated (GB 11643 check character), stored encrypted with a
 * blind index, and shown masked; the full ID number and phone are revealed only to {@link Scope#mayRevealPersonalData}
 * roles, with a reason, and every reveal is written to the audit log.
 */
@Service
public class PersonService {

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

    public record Revealed(String idNumber, String phone) {}

    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final EnterpriseRepository enterprises;
    private final RepresentationRepository representations;
    private final MemberServiceRepository services;
    private final RegionService regions;
    private final IdNumberProtector protector;
    private final AuditService audit;
    private final MessageSource messages;

    PersonService(
            PersonRepository people,
            OrganizationRepository organizations,
            EnterpriseRepository enterprises,
            RepresentationRepository representations,
            MemberServiceRepository services,
            RegionService regions,
            IdNumberProtector protector,
            AuditService audit,
            MessageSource messages) {
        this.people = people;
        this.organizations = organizations;
        this.enterprises = enterprises;
        this.representations = representations;
        this.services = services;
        this.regions = regions;
        this.protector = protector;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public Page<Person> search(String q, PoliticalStatus status, Long branchId, Pageable pageable) {
        CurrentUser user = CurrentUsers.require();
        String query = OrganizationService.blankToNull(q);
        String blind =
                query != null && IdNumbers.isValid(query) ? protector.blindIndex(IdNumbers.normalize(query)) : null;
        return people.search(user.scopePrefix(), Scope.secretaryId(user), query, blind, status, branchId, pageable);
    }

    @Transactional(readOnly = true)
    public Person get(long id) {
        Person p = people.findById(id).orElseThrow(() -> new NotFoundException("person " + id));
        Scope.check(CurrentUsers.require(), p);
        if (p.getBranch() != null) {
            p.getBranch().getName();
        }
        if (p.getEnterprise() != null) {
            p.getEnterprise().getName();
        }
        return p;
    }

    /** Whether the current user may ask for full personal data at all. */
    public boolean mayReveal() {
        return CurrentUsers.find().map(Scope::mayRevealPersonalData).orElse(false);
    }

    /** The full ID number and phone, for a reason; written to the audit log as VIEW_PERSONAL_DATA. */
    @Transactional
    public Revealed reveal(long id, String reason) {
        CurrentUser user = CurrentUsers.require();
        if (!Scope.mayRevealPersonalData(user)) {
            throw new AccessDeniedException(user.username() + " may not see full personal data");
        }
        Person p = get(id);
        if (reason == null || reason.isBlank()) {
            throw new FieldRuleException("reason", "person.error.reasonRequired");
        }
        audit.record(
                AuditAction.VIEW_PERSONAL_DATA,
                "Person",
                p.getId(),
                "full ID number and phone of " + p.getName() + " viewed; reason: " + reason.trim());
        return new Revealed(protector.decrypt(p.getIdCipher()), p.getPhone());
    }

    @Transactional
    public Person create(PersonData data) {
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
            if (data.statusSince().isAfter(LocalDate.now())) {
                throw new FieldRuleException("statusSince", "organization.error.future");
            }
            if (Period.between(data.birthDate(), data.statusSince()).getYears() < PipelineService.MIN_AGE) {
                throw new FieldRuleException("statusSince", "pipeline.rule.age");
            }
        }
        p.startAt(initial, data.statusSince());
        return people.save(p);
    }

    @Transactional
    public Person update(long id, long expectedVersion, PersonData data) {
        CurrentUser user = CurrentUsers.require();
        Person p = get(id);
        p.checkVersion(expectedVersion);
        apply(p, data, user);
        return p;
    }

    private void apply(Person p, PersonData data, CurrentUser user) {
        String id = IdNumbers.normalize(data.idNumber());
        if (id != null && !id.isEmpty()) {
            if (!IdNumbers.isValid(id)) {
                throw new FieldRuleException("idNumber", "person.error.idInvalid");
            }
            String blind = protector.blindIndex(id);
            people.findByIdBlindIndex(blind)
                    .filter(other -> !other.getId().equals(p.getId()))
                    .ifPresent(other -> {
                        throw new FieldRuleException("idNumber", "person.error.idTaken");
                    });
            if (data.birthDate() != null && !data.birthDate().equals(IdNumbers.birthDate(id))) {
                throw new FieldRuleException("birthDate", "person.error.birthDateMismatch");
            }
            p.protectIdNumber(protector.encrypt(id), blind, maskIdNumber(id));
        }
        if (data.birthDate() != null && data.birthDate().isAfter(LocalDate.now())) {
            throw new FieldRuleException("birthDate", "organization.error.future");
        }
        Region region = regions.findByCode(
                        data.regionCode() == null ? "" : data.regionCode().trim())
                .orElseThrow(() -> new FieldRuleException("regionCode", "organization.error.regionUnknown"));
        if (!user.covers(region.getPath())) {
            throw new FieldRuleException("regionCode", "organization.error.regionOutOfScope");
        }
        PartyOrganization branch = null;
        if (data.branchId() != null) {
            branch = organizations
                    .findById(data.branchId())
                    .filter(o -> Scope.sees(user, o))
                    .filter(PartyOrganization::isBranchLevel)
                    .orElseThrow(() -> new FieldRuleException("branchId", "person.error.branchUnknown"));
        } else if (Scope.isBranchSecretary(user)) {
            throw new FieldRuleException("branchId", "person.error.branchRequired");
        }
        Enterprise enterprise = null;
        if (data.enterpriseId() != null) {
            enterprise = enterprises
                    .findById(data.enterpriseId())
                    .filter(e -> user.covers(e.getRegion().getPath()))
                    .orElseThrow(() -> new FieldRuleException("enterpriseId", "person.error.enterpriseUnknown"));
        }
        String phone = OrganizationService.blankToNull(data.phone());
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

    // ---- representation (两代表一委员) and services -------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Representation> representations(long personId) {
        get(personId);
        return representations.findByPerson(personId);
    }

    @Transactional(readOnly = true)
    public List<Representation> representationsInScope() {
        CurrentUser user = CurrentUsers.require();
        List<Representation> list = representations.findInScope(user.scopePrefix()).stream()
                .filter(r -> Scope.sees(user, r.getPerson()))
                .toList();
        list.forEach(r -> r.getPerson().getName());
        return list;
    }

    @Transactional
    public Representation nominate(
            long personId,
            RepresentationKind kind,
            RepresentationLevel level,
            RepresentationStatus status,
            LocalDate nominatedOn) {
        Person p = get(personId);
        if (nominatedOn.isAfter(LocalDate.now())) {
            throw new FieldRuleException("nominatedOn", "organization.error.future");
        }
        return representations.save(new Representation(p, kind, level, status, nominatedOn));
    }

    @Transactional(readOnly = true)
    public List<MemberService> services(long personId) {
        get(personId);
        return services.findByPerson(personId);
    }

    @Transactional
    public MemberService recordService(long personId, LocalDate servedOn, String description, BigDecimal hours) {
        Person p = get(personId);
        if (servedOn.isAfter(LocalDate.now())) {
            throw new FieldRuleException("servedOn", "organization.error.future");
        }
        return services.save(
                new MemberService(p, servedOn, description.trim(), hours == null ? BigDecimal.ZERO : hours));
    }

    // ---- Excel template, import and export ----------------------------------------------------------------------

    static final List<String> HEADER_KEYS = List.of(
            "person.name",
            "person.gender",
            "person.birthDate",
            "person.idNumber",
            "person.phone",
            "person.occupation",
            "person.employer",
            "person.regionCode",
            "person.branch",
            "person.status",
            "person.statusSince");

    List<String> headers(Locale locale) {
        return HEADER_KEYS.stream()
                .map(k -> messages.getMessage(k, null, k, locale))
                .toList();
    }

    public void template(OutputStream out, Locale locale) throws IOException {
        Xlsx.template(
                out,
                messages.getMessage("person.title", null, locale),
                headers(locale),
                List.of(
                        "王小明",
                        label(Gender.MALE, locale),
                        LocalDate.of(1990, 3, 7),
                        "21030219900307001X",
                        "13800000000",
                        label(Occupation.COURIER, locale),
                        "顺丰速运铁东网点",
                        "210302011001",
                        "送餐快递小哥联合党支部",
                        label(PoliticalStatus.MASSES, locale),
                        ""));
    }

    private String label(Enum<?> e, Locale locale) {
        String key = e instanceof Gender g
                ? g.messageKey()
                : e instanceof Occupation o
                        ? o.messageKey()
                        : e instanceof PoliticalStatus s ? s.messageKey() : e.name();
        return messages.getMessage(key, null, key, locale);
    }

    private <E extends Enum<E>> Map<String, E> choices(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E v : values) {
            map.put(label(v, Locale.SIMPLIFIED_CHINESE), v);
            map.put(label(v, Locale.ENGLISH), v);
            map.put(v.name(), v);
        }
        return map;
    }

    /** All or nothing: when any row has an error, nothing is written and every error is returned. */
    @Transactional
    public ImportResult<PersonData> importPeople(InputStream in) {
        CurrentUser user = CurrentUsers.require();
        Map<String, Long> branchesByName = new HashMap<>();
        for (PartyOrganization o : Scope.isBranchSecretary(user)
                ? organizations.findBySecretary(user.id())
                : organizations.findInScope(user.scopePrefix())) {
            if (o.isBranchLevel()) {
                branchesByName.put(o.getName(), o.getId());
            }
        }
        Map<String, Long> enterprisesByName = new HashMap<>();
        enterprises.findInScope(user.scopePrefix()).forEach(e -> enterprisesByName.put(e.getName(), e.getId()));
        Set<String> seen = new HashSet<>();
        Map<String, Gender> genders = choices(Gender.values());
        Map<String, Occupation> occupations = choices(Occupation.values());
        Map<String, PoliticalStatus> statuses = choices(PoliticalStatus.values());
        ImportResult<PersonData> result =
                Xlsx.read(in, List.of(headers(Locale.SIMPLIFIED_CHINESE), headers(Locale.ENGLISH)), r -> {
                    String name = r.requiredText(0, 40);
                    Gender gender = r.choice(1, true, genders);
                    LocalDate birth = r.date(2, true);
                    String id = IdNumbers.normalize(r.requiredText(3, 18));
                    if (id != null) {
                        if (!IdNumbers.isValid(id)) {
                            r.error(3, "person.error.idInvalid");
                        } else if (!seen.add(id)) {
                            r.error(3, "person.error.idRepeated");
                        } else if (people.existsByIdBlindIndex(protector.blindIndex(id))) {
                            r.error(3, "person.error.idTaken");
                        } else if (birth != null && !birth.equals(IdNumbers.birthDate(id))) {
                            r.error(2, "person.error.birthDateMismatch");
                        }
                    }
                    String phone = r.matching(4, "1\\d{10}", false, "person.error.phone");
                    Occupation occupation = r.choice(5, true, occupations);
                    String employer = r.optionalText(6, 80);
                    String regionCode = r.requiredText(7, 15);
                    if (regionCode != null) {
                        regions.findByCode(regionCode)
                                .filter(reg -> user.covers(reg.getPath()))
                                .ifPresentOrElse(reg -> {}, () -> r.error(7, "organization.error.regionOutOfScope"));
                    }
                    String branchName = r.optionalText(8, 80);
                    Long branchId = null;
                    if (branchName != null) {
                        branchId = branchesByName.get(branchName);
                        if (branchId == null) {
                            r.error(8, "person.error.branchUnknown");
                        }
                    } else if (Scope.isBranchSecretary(user)) {
                        r.error(8, "person.error.branchRequired");
                    }
                    PoliticalStatus status = r.choice(9, false, statuses);
                    LocalDate since = r.date(10, false);
                    if (status != null && status != PoliticalStatus.MASSES) {
                        if (since == null) {
                            r.error(10, "person.error.statusSinceRequired");
                        } else if (birth != null && Period.between(birth, since).getYears() < PipelineService.MIN_AGE) {
                            r.error(10, "pipeline.rule.age");
                        }
                    }
                    Long enterpriseId = employer == null ? null : enterprisesByName.get(employer);
                    return new PersonData(
                            name,
                            gender,
                            birth,
                            id,
                            phone,
                            occupation,
                            enterpriseId,
                            enterpriseId == null ? employer : null,
                            regionCode,
                            branchId,
                            status,
                            since,
                            false,
                            null);
                });
        if (result.ok()) {
            for (ImportResult.ParsedRow<PersonData> row : result.rows()) {
                try {
                    create(row.value());
                } catch (FieldRuleException e) {
                    // A rule the row mapper did not foresee: undo the rows already written, report the row.
                    TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
                    return new ImportResult<>(
                            List.of(), List.of(new CellError(row.rowNumber(), "", "", e.messageKey(), e.args())));
                }
            }
            audit.record(
                    AuditAction.CREATE,
                    "Person",
                    null,
                    "imported " + result.rows().size() + " people");
        }
        return result;
    }

    /** The people the user sees, ID numbers and phones masked, for reports to higher levels. */
    @Transactional(readOnly = true)
    public void export(OutputStream out, Locale locale) throws IOException {
        CurrentUser user = CurrentUsers.require();
        List<List<?>> rows = new ArrayList<>();
        List<Person> list = Scope.isBranchSecretary(user)
                ? people.search(user.scopePrefix(), user.id(), null, null, null, null, Pageable.unpaged())
                        .getContent()
                : people.findInScope(user.scopePrefix());
        for (Person p : list) {
            rows.add(java.util.Arrays.asList(
                    p.getName(),
                    label(p.getGender(), locale),
                    p.getBirthDate(),
                    p.getIdMasked(),
                    maskPhone(p.getPhone()),
                    label(p.getOccupation(), locale),
                    p.employer(),
                    p.getRegion().getCode(),
                    p.getBranch() == null ? null : p.getBranch().getName(),
                    label(p.getPoliticalStatus(), locale),
                    p.getStatusSince()));
        }
        Xlsx.write(out, messages.getMessage("person.title", null, locale), headers(locale), rows.stream());
    }

    /** 210302199003070011 becomes 210*************11 (the same rule as the templates' {@code @mask}). */
    static String maskIdNumber(String id) {
        return id.substring(0, 3) + "*".repeat(id.length() - 5) + id.substring(id.length() - 2);
    }

    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
