package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization tree and its rules. Alerts are computed from the people on file: a branch with 7 or more Party
 * members and no committee (《中国共产党支部工作条例（试行）》: 7 or more members set up a branch committee).
 */
@Service
public class OrganizationService {

    /** 7 or more Party members → a branch committee. */
    public static final int COMMITTEE_THRESHOLD = 7;

    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final RegionService regions;
    private final AccountDirectory accounts;

    OrganizationService(
            OrganizationRepository organizations,
            PersonRepository people,
            RegionService regions,
            AccountDirectory accounts) {
        this.organizations = organizations;
        this.people = people;
        this.regions = regions;
        this.accounts = accounts;
    }

    /** What a form or import gives for an organization. */
    public record OrganizationData(
            String name,
            OrganizationType type,
            Long parentId,
            String regionCode,
            Industry industry,
            LocalDate foundedOn,
            String secretaryName,
            String secretaryUsername,
            String committeeMembers,
            boolean hasCommittee,
            boolean hasPartyGroups,
            Standardization standardization) {}

    /** An organization with its live figures and alerts. */
    public record OrganizationSummary(
            PartyOrganization organization, int depth, long members, long fullMembers, boolean committeeMissing) {}

    /** The organizations the user sees, in tree order (children under their parent), with member figures. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> tree() {
        List<PartyOrganization> visible = visible();
        Map<Long, long[]> counts =
                memberCounts(visible.stream().map(PartyOrganization::getId).toList());
        Set<Long> ids = visible.stream().map(PartyOrganization::getId).collect(Collectors.toSet());
        Map<Long, List<PartyOrganization>> children = new LinkedHashMap<>();
        List<PartyOrganization> roots = new ArrayList<>();
        for (PartyOrganization o : visible) {
            if (o.getParent() != null && ids.contains(o.getParent().getId())) {
                children.computeIfAbsent(o.getParent().getId(), k -> new ArrayList<>())
                        .add(o);
            } else {
                roots.add(o);
            }
        }
        List<OrganizationSummary> out = new ArrayList<>();
        roots.sort(Comparator.comparing(PartyOrganization::getName));
        for (PartyOrganization root : roots) {
            walk(root, 0, children, counts, out);
        }
        return out;
    }

    private void walk(
            PartyOrganization o,
            int depth,
            Map<Long, List<PartyOrganization>> children,
            Map<Long, long[]> counts,
            List<OrganizationSummary> out) {
        out.add(summary(o, depth, counts));
        for (PartyOrganization child : children.getOrDefault(o.getId(), List.of())) {
            walk(child, depth + 1, children, counts, out);
        }
    }

    private static OrganizationSummary summary(PartyOrganization o, int depth, Map<Long, long[]> counts) {
        long[] c = counts.getOrDefault(o.getId(), new long[] {0, 0});
        boolean committeeMissing = o.isBranchLevel() && c[0] >= COMMITTEE_THRESHOLD && !o.isHasCommittee();
        return new OrganizationSummary(o, depth, c[0], c[1], committeeMissing);
    }

    @Transactional(readOnly = true)
    public OrganizationSummary summary(long id) {
        PartyOrganization o = get(id);
        return summary(o, 0, memberCounts(List.of(o.getId())));
    }

    /** [Party members, full members] per organization (members are attached to branches). */
    Map<Long, long[]> memberCounts(List<Long> ids) {
        Map<Long, long[]> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        for (Object[] row : people.countMembersByBranch(ids)) {
            counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return counts;
    }

    /** Organizations visible to the current user (a branch secretary: their own branches). */
    @Transactional(readOnly = true)
    public List<PartyOrganization> visible() {
        CurrentUser user = CurrentUsers.require();
        return Scope.isBranchSecretary(user)
                ? organizations.findBySecretary(user.id())
                : organizations.findInScope(user.scopePrefix());
    }

    /** Branch-level organizations the user sees: for choosing a member's branch or a meeting's branch. */
    @Transactional(readOnly = true)
    public List<PartyOrganization> branches() {
        return visible().stream().filter(PartyOrganization::isBranchLevel).toList();
    }

    @Transactional(readOnly = true)
    public PartyOrganization get(long id) {
        PartyOrganization o = organizations.findById(id).orElseThrow(() -> new NotFoundException("organization " + id));
        Scope.check(CurrentUsers.require(), o);
        return o;
    }

    /** The user name of the bound secretary account, for display. */
    @Transactional(readOnly = true)
    public Optional<String> secretaryUsername(PartyOrganization o) {
        if (o.getSecretaryAccountId() == null) {
            return Optional.empty();
        }
        return accounts.byId(o.getSecretaryAccountId()).map(AccountDirectory.AccountCard::username);
    }

    @Transactional
    public PartyOrganization create(OrganizationData data) {
        CurrentUser user = CurrentUsers.require();
        Scope.checkMaintainer(user);
        PartyOrganization o = new PartyOrganization(data.name().trim());
        apply(o, data, user);
        return organizations.save(o);
    }

    @Transactional
    public PartyOrganization update(long id, long expectedVersion, OrganizationData data) {
        CurrentUser user = CurrentUsers.require();
        Scope.checkMaintainer(user);
        PartyOrganization o = get(id);
        o.checkVersion(expectedVersion);
        apply(o, data, user);
        return o;
    }

    private void apply(PartyOrganization o, OrganizationData data, CurrentUser user) {
        String name = data.name().trim();
        organizations
                .findByName(name)
                .filter(other -> !other.getId().equals(o.getId()))
                .ifPresent(other -> {
                    throw new FieldRuleException("name", "organization.error.nameTaken");
                });
        Region region = regions.findByCode(
                        data.regionCode() == null ? "" : data.regionCode().trim())
                .orElseThrow(() -> new FieldRuleException("regionCode", "organization.error.regionUnknown"));
        if (!user.covers(region.getPath())) {
            throw new FieldRuleException("regionCode", "organization.error.regionOutOfScope");
        }
        PartyOrganization parent = null;
        if (data.parentId() != null) {
            parent = organizations
                    .findById(data.parentId())
                    .orElseThrow(() -> new FieldRuleException("parentId", "organization.error.parentUnknown"));
            if (!Scope.sees(user, parent)) {
                throw new FieldRuleException("parentId", "organization.error.parentUnknown");
            }
            for (PartyOrganization p = parent; p != null; p = p.getParent()) {
                if (o.getId() != null && p.getId().equals(o.getId())) {
                    throw new FieldRuleException("parentId", "organization.error.parentCycle");
                }
            }
            if (parent.isBranchLevel()) {
                throw new FieldRuleException("parentId", "organization.error.parentIsBranch");
            }
        }
        Long secretaryAccountId = null;
        if (data.secretaryUsername() != null && !data.secretaryUsername().isBlank()) {
            secretaryAccountId = accounts.byUsername(data.secretaryUsername())
                    .filter(a -> a.role() == Role.BRANCH_SECRETARY)
                    .map(AccountDirectory.AccountCard::id)
                    .orElseThrow(
                            () -> new FieldRuleException("secretaryUsername", "organization.error.secretaryAccount"));
        }
        if (data.foundedOn() != null && data.foundedOn().isAfter(LocalDate.now())) {
            throw new FieldRuleException("foundedOn", "organization.error.future");
        }
        o.update(
                name,
                data.type(),
                parent,
                region,
                data.industry(),
                data.foundedOn(),
                blankToNull(data.secretaryName()),
                secretaryAccountId,
                blankToNull(data.committeeMembers()),
                data.hasCommittee(),
                data.hasPartyGroups(),
                data.standardization() == null ? Standardization.NOT_ASSESSED : data.standardization());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
