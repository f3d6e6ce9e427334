package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.Labelled;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises and the organizations covering them. Alerts follow the branch work regulations and are computed from
 * the people on file: 3 or more full members and no own branch → 应建未建; neither Party members nor a seed member.
 */
@Service
public class EnterpriseService {

    /** 3 or more full members in a unit → a branch should be set up. */
    public static final int BRANCH_THRESHOLD = 3;

    public enum Alert implements Labelled {
        UNBUILT,
        NO_MEMBERS;

        @Override
        public String messageKey() {
            return "enterprise.alert." + name();
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

    public record EnterpriseView(Enterprise enterprise, long members, long fullMembers, List<Alert> alerts) {}

    private final EnterpriseRepository enterprises;
    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final RegionService regions;

    EnterpriseService(
            EnterpriseRepository enterprises,
            OrganizationRepository organizations,
            PersonRepository people,
            RegionService regions) {
        this.enterprises = enterprises;
        this.organizations = organizations;
        this.people = people;
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public Page<EnterpriseView> search(String q, Alert alert, Pageable pageable) {
        CurrentUser user = CurrentUsers.require();
        Scope.checkMaintainer(user);
        Page<Enterprise> page = enterprises.search(
                user.scopePrefix(), OrganizationService.blankToNull(q), alert == null ? null : alert.name(), pageable);
        Map<Long, long[]> counts = counts(page.getContent());
        return page.map(e -> view(e, counts));
    }

    @Transactional(readOnly = true)
    public List<Enterprise> options() {
        return enterprises.findInScope(CurrentUsers.require().scopePrefix());
    }

    /** How many enterprises of the user's scope carry each alert. */
    @Transactional(readOnly = true)
    public Map<Alert, Long> alertCounts() {
        CurrentUser user = CurrentUsers.require();
        Map<Alert, Long> out = new java.util.EnumMap<>(Alert.class);
        for (Alert a : Alert.values()) {
            out.put(
                    a,
                    enterprises
                            .search(user.scopePrefix(), null, a.name(), Pageable.ofSize(1))
                            .getTotalElements());
        }
        return out;
    }

    @Transactional(readOnly = true)
    public EnterpriseView view(long id) {
        Enterprise e = get(id);
        return view(e, counts(List.of(e)));
    }

    Enterprise get(long id) {
        CurrentUser user = CurrentUsers.require();
        Scope.checkMaintainer(user);
        Enterprise e = enterprises.findById(id).orElseThrow(() -> new NotFoundException("enterprise " + id));
        user.checkCovers(e.getRegion().getPath());
        return e;
    }

    private Map<Long, long[]> counts(List<Enterprise> list) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] row : people.countMembersByEnterprise(
                    list.stream().map(Enterprise::getId).toList())) {
                counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
            }
        }
        return counts;
    }

    static EnterpriseView view(Enterprise e, Map<Long, long[]> counts) {
        long[] c = counts.getOrDefault(e.getId(), new long[] {0, 0});
        List<Alert> alerts = new ArrayList<>();
        if (c[1] >= BRANCH_THRESHOLD && e.getCoverage() != Coverage.OWN_BRANCH) {
            alerts.add(Alert.UNBUILT);
        }
        if (c[0] == 0 && (e.getSeedMembers() == null || e.getSeedMembers().isBlank())) {
            alerts.add(Alert.NO_MEMBERS);
        }
        return new EnterpriseView(e, c[0], c[1], alerts);
    }

    @Transactional
    public Enterprise create(EnterpriseData data) {
        Enterprise e = new Enterprise(data.name().trim());
        apply(e, data);
        return enterprises.save(e);
    }

    @Transactional
    public Enterprise update(long id, long expectedVersion, EnterpriseData data) {
        Enterprise e = get(id);
        e.checkVersion(expectedVersion);
        apply(e, data);
        return e;
    }

    private void apply(Enterprise e, EnterpriseData data) {
        CurrentUser user = CurrentUsers.require();
        Scope.checkMaintainer(user);
        String name = data.name().trim();
        enterprises
                .findByName(name)
                .filter(other -> !other.getId().equals(e.getId()))
                .ifPresent(other -> {
                    throw new FieldRuleException("name", "enterprise.error.nameTaken");
                });
        Region region = regions.findByCode(
                        data.regionCode() == null ? "" : data.regionCode().trim())
                .orElseThrow(() -> new FieldRuleException("regionCode", "organization.error.regionUnknown"));
        if (!user.covers(region.getPath())) {
            throw new FieldRuleException("regionCode", "organization.error.regionOutOfScope");
        }
        Coverage coverage = data.coverage() == null ? Coverage.NONE : data.coverage();
        PartyOrganization organization = null;
        if (coverage != Coverage.NONE) {
            if (data.organizationId() == null) {
                throw new FieldRuleException("organizationId", "enterprise.error.organizationRequired");
            }
            organization = organizations
                    .findById(data.organizationId())
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
        LocalDate today = LocalDate.now();
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
