package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.Labelled;
import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.common.excel.CellError;
import cn.xinjiuye.portal.common.excel.ImportResult;
import cn.xinjiuye.portal.common.excel.Xlsx;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.organization.internal.PersonService.PersonData;
import cn.xinjiuye.portal.region.RegionService;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The people's Excel workbook: the template to fill in, the all-or-nothing import (every bad cell named, nothing
 * written), and the export for reports to higher levels, ID numbers and phones masked. Columns and labels are the
 * same in all three, in Chinese or English.
 */
@Service
@RequiredArgsConstructor
public class PeopleWorkbook {

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

    private final PersonService people;
    private final PersonRepository personRepository;
    private final OrganizationService organizations;
    private final EnterpriseService enterprises;
    private final RegionService regions;
    private final IdNumberProtector protector;
    private final AuditService audit;
    private final MessageSource messages;

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

    private String label(Labelled value, Locale locale) {
        return messages.getMessage(value.messageKey(), null, value.messageKey(), locale);
    }

    /** A cell may hold the Chinese label, the English label or the constant's name. */
    private <E extends Enum<E> & Labelled> Map<String, E> choices(E[] values) {
        Map<String, E> map = new LinkedHashMap<>();
        for (E v : values) {
            map.put(label(v, Locale.SIMPLIFIED_CHINESE), v);
            map.put(label(v, Locale.ENGLISH), v);
            map.put(v.name(), v);
        }
        return map;
    }

    private static Map<String, Long> idsByName(List<Choice> choices) {
        Map<String, Long> map = new HashMap<>();
        choices.forEach(c -> map.put(c.name(), c.id()));
        return map;
    }

    /** All or nothing: when any row has an error, nothing is written and every error is returned. */
    @Transactional
    public ImportResult<PersonData> importPeople(InputStream in) {
        CurrentUser user = CurrentUsers.require();
        Map<String, Long> branchesByName = idsByName(organizations.branchChoices());
        Map<String, Long> enterprisesByName = idsByName(enterprises.choices());
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
                    // Someone outside the user's scope holds this number: answered as a region outside the scope.
                    boolean takenElsewhere = false;
                    if (id != null) {
                        Optional<Person> holder = IdNumbers.isValid(id)
                                ? personRepository.findFirstByIdBlindIndexIn(protector.blindIndexes(id))
                                : Optional.empty();
                        if (!IdNumbers.isValid(id)) {
                            r.error(3, "person.error.idInvalid");
                        } else if (!seen.add(id)) {
                            r.error(3, "person.error.idRepeated");
                        } else if (holder.isPresent() && Scope.sees(user, holder.get())) {
                            r.error(3, "person.error.idTaken");
                        } else if (holder.isPresent()) {
                            takenElsewhere = true;
                        } else if (birth != null && !birth.equals(IdNumbers.birthDate(id))) {
                            r.error(2, "person.error.birthDateMismatch");
                        }
                    }
                    String phone = r.matching(4, Phones.MOBILE, false, "person.error.phone");
                    Occupation occupation = r.choice(5, true, occupations);
                    String employer = r.optionalText(6, 80);
                    String regionCode = r.requiredText(7, 15);
                    boolean regionInScope = regionCode != null
                            && regions.findByCode(regionCode)
                                    .filter(reg -> user.covers(reg.getPath()))
                                    .isPresent();
                    if ((regionCode != null && !regionInScope) || takenElsewhere) {
                        r.error(7, "organization.error.regionOutOfScope");
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
                    people.create(row.value());
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
        List<List<?>> rows = personRepository.sheet(user.scopePrefix(), Scope.secretaryId(user)).stream()
                .<List<?>>map(p -> Arrays.asList(
                        p.name(),
                        label(p.gender(), locale),
                        p.birthDate(),
                        p.idMasked(),
                        maskPhone(p.phone()),
                        label(p.occupation(), locale),
                        p.employer(),
                        p.regionCode(),
                        p.branchName(),
                        label(p.politicalStatus(), locale),
                        p.statusSince()))
                .toList();
        Xlsx.write(out, messages.getMessage("person.title", null, locale), headers(locale), rows.stream());
    }

    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
