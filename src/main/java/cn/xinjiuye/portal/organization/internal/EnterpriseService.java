package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.Labelled;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.persistence.UniqueConstraints;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises and the organizations covering them. Alerts follow the branch work regulations and are computed from
 * the people on file: 3 or more full members and no own branch → 应建未建; neither Party members nor a seed member.
 */
@Service
@RequiredArgsConstructor
public class EnterpriseService {

    private static final String NAME_UNIQUE = "enterprise_district_name_uq";

    /** 3 or more full members in a unit → a branch should be set up. */
    public static final int BRANCH_THRESHOLD = 3;

    public enum Alert implements Labelled {
        UNBUILT,
        NO_MEMBERS;

        @Override
        public String messageKey() {
            return "enterprise.alert." + name();
        }

        /** The alerts of an enterprise with these members on file. */
        static List<Alert> of(Coverage coverage, String seedMembers, long members, long fullMembers) {
            List<Alert> alerts = new ArrayList<>();
            if (fullMembers >= BRANCH_THRESHOLD && coverage != Coverage.OWN_BRANCH) {
                alerts.add(UNBUILT);
            }
            if (members == 0 && (seedMembers == null || seedMembers.isBlank())) {
                alerts.add(NO_MEMBERS);
            }
            return alerts;
        }
    }

    public record EnterpriseData(
            String name,
            EnterpriseKind kind,
            String regionCode,
            Industry industry,
            Integer workerCount,
            Coverage coverage,
            Long organizationId,
            String instructorName,
            LocalDate instructorSentOn,
            String seedMembers,
            LocalDate seedSentOn) {}

    /** The enterprise list with how many enterprises of the scope carry each alert. */
    public record EnterpriseList(Page<EnterpriseRow> page, Map<Alert, Long> alertCounts) {}

    /** An enterprise's page: its record, Party members on file, alerts and the reports of its workers. */
    public record EnterprisePage(
            EnterpriseDetail enterprise, long members, long fullMembers, List<Alert> alerts, long reports) {}

    /** An enterprise to edit (id null: a new one), with the organizations that may cover it. */
    public record EnterpriseEditing(Long id, long version, EnterpriseData data, List<Choice> organizations) {}

    private final EnterpriseRepository enterprises;
    private final PersonRepository people;
    private final OrganizationService organizations;
    private final RegionService regions;
    private final Affiliations affiliations;
    private final Clock clock;

    @Transactional(readOnly = true)
    public EnterpriseList list(EnterpriseFilter f, Pageable pageable) {
        CurrentUser user = CurrentUsers.require();
        Scope.checkMaintainer(user);
        Page<EnterpriseRow> page = enterprises.search(
                user.scopePrefix(),
                OrganizationService.blankToNull(f.q()),
                f.alert() == null ? null : f.alert().name(),
                pageable);
        Map<Alert, Long> counts = new EnumMap<>(Alert.class);
        for (Alert a : Alert.values()) {
            counts.put(a, enterprises.count(user.scopePrefix(), null, a.name()));
        }
        return new EnterpriseList(page, counts);
    }

    /** The enterprises of the user's region, for choosing a person's employer. */
    @Transactional(readOnly = true)
    public List<Choice> choices() {
        return enterprises.choices(CurrentUsers.require().scopePrefix());
    }

    @Transactional(readOnly = true)
    public EnterprisePage page(long id) {
        Enterprise e = get(id);
        long members = 0;
        long fullMembers = 0;
        for (Object[] row : people.countMembersByEnterprise(List.of(e.getId()))) {
            members = ((Number) row[1]).longValue();
            fullMembers = ((Number) row[2]).longValue();
        }
        return new EnterprisePage(
                EnterpriseDetail.of(e),
                members,
                fullMembers,
                Alert.of(e.getCoverage(), e.getSeedMembers(), members, fullMembers),
                affiliations.reportsOfEnterprise(id));
    }

    /** The enterprise form: a new enterprise (id null) or one of the user's region, with the covering choices. */
    @Transactional(readOnly = true)
    public EnterpriseEditing editing(Long id) {
        List<Choice> branches = organizations.branchChoices();
        if (id == null) {
            return new EnterpriseEditing(null, 0, null, branches);
        }
        Enterprise e = get(id);
        EnterpriseData data = new EnterpriseData(
                e.getName(),
                e.getKind(),
                e.getRegion().getCode(),
                e.getIndustry(),
                e.getWorkerCount(),
                e.getCoverage(),
                e.getOrganization() == null ? null : e.getOrganization().getId(),
                e.getInstructorName(),
                e.getInstructorSentOn(),
                e.getSeedMembers(),
                e.getSeedSentOn());
        return new EnterpriseEditing(e.getId(), e.getVersion(), data, branches);
    }

    private Enterprise get(long id) {
        CurrentUser user = CurrentUsers.require();
        Scope.checkMaintainer(user);
        Enterprise e = enterprises.findById(id).orElseThrow(() -> new NotFoundException("enterprise " + id));
        user.checkCovers(e.getRegion().getPath());
        return e;
    }

    /** An enterprise whatever the scope, for rules that check it themselves. */
    public Optional<Enterprise> find(long id) {
        return enterprises.findById(id);
    }

    @Transactional
    public long create(EnterpriseData data) {
        Enterprise e = new Enterprise(data.name().trim());
        apply(e, data);
        return UniqueConstraints.refuse(() -> enterprises.saveAndFlush(e), NAME_UNIQUE, EnterpriseService::nameTaken)
                .getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, EnterpriseData data) {
        Enterprise e = get(id);
        e.checkVersion(expectedVersion);
        apply(e, data);
        UniqueConstraints.refuse(() -> enterprises.saveAndFlush(e), NAME_UNIQUE, EnterpriseService::nameTaken);
    }

    /** A name the district has already; the same words whichever record holds it. */
    private static FieldRuleException nameTaken() {
        return new FieldRuleException("name", "enterprise.error.nameTaken");
    }

    private void apply(Enterprise e, EnterpriseData data) {
        CurrentUser user = CurrentUsers.require();
        Scope.checkMaintainer(user);
        String name = data.name().trim();
        Region region = Scope.region(regions, data.regionCode());
        Scope.refuseTakenName(
                enterprises.findByDistrictIdAndName(region.districtId(), name), e, EnterpriseService::nameTaken);
        Coverage coverage = data.coverage() == null ? Coverage.NONE : data.coverage();
        PartyOrganization organization = null;
        if (coverage != Coverage.NONE) {
            if (data.organizationId() == null) {
                throw new FieldRuleException("organizationId", "enterprise.error.organizationRequired");
            }
            organization = organizations
                    .find(data.organizationId())
                    .filter(o -> Scope.sees(user, o))
                    .orElseThrow(() -> new FieldRuleException("organizationId", "organization.error.parentUnknown"));
            if (coverage == Coverage.JOINT_BRANCH
                    && organization.getType() != OrganizationType.JOINT_BRANCH
                    && organization.getType() != OrganizationType.INDUSTRY_BRANCH) {
                throw new FieldRuleException("organizationId", "enterprise.error.notJoint");
            }
        } else if (data.organizationId() != null) {
            throw new FieldRuleException("organizationId", "enterprise.error.organizationWithoutCoverage");
        }
        LocalDate today = LocalDate.now(clock);
        if (data.instructorSentOn() != null && data.instructorSentOn().isAfter(today)) {
            throw new FieldRuleException("instructorSentOn", "organization.error.future");
        }
        if (data.seedSentOn() != null && data.seedSentOn().isAfter(today)) {
            throw new FieldRuleException("seedSentOn", "organization.error.future");
        }
        if (data.instructorSentOn() != null && OrganizationService.blankToNull(data.instructorName()) == null) {
            throw new FieldRuleException("instructorName", "enterprise.error.instructorName");
        }
        if (data.seedSentOn() != null && OrganizationService.blankToNull(data.seedMembers()) == null) {
            throw new FieldRuleException("seedMembers", "enterprise.error.seedMembers");
        }
        e.update(
                name,
                data.kind(),
                region,
                data.industry(),
                data.workerCount() == null ? 0 : data.workerCount(),
                coverage,
                organization,
                OrganizationService.blankToNull(data.instructorName()),
                data.instructorSentOn(),
                OrganizationService.blankToNull(data.seedMembers()),
                data.seedSentOn());
    }
}
