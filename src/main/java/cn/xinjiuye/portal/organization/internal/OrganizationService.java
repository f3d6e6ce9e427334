package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.persistence.UniqueConstraints;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import java.time.Clock;
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
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization tree and its rules. Alerts are computed from the people on file: a branch with 7 or more Party
 * members and no committee (《中国共产党支部工作条例（试行）》: 7 or more members set up a branch committee).
 */
@Service
@RequiredArgsConstructor
public class OrganizationService {

    /** Names are unique per district (V74); a clash names no other record, which may lie outside the scope. */
    private static final String NAME_UNIQUE = "party_organization_district_name_uq";
    /** 7 or more full Party members (正式党员) → a branch committee. */
    public static final int COMMITTEE_THRESHOLD = 7;

    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final RegionService regions;
    private final AccountDirectory accounts;
    private final Affiliations affiliations;
    private final Clock clock;

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

    /** An organization of the tree with its depth, live member figures and alert. */
    public record TreeRow(
            OrganizationRow organization, int depth, long members, long fullMembers, boolean committeeMissing) {}

    /** An organization's page: its record, member figures and alert, secretary account and reports of members. */
    public record OrganizationPage(
            OrganizationDetail organization,
            long members,
            long fullMembers,
            boolean committeeMissing,
            String secretaryUsername,
            long reports) {}

    /** An organization to edit (id null: a new one), with the organizations that may be its parent. */
    public record OrganizationEditing(Long id, long version, OrganizationData data, List<Choice> parents) {}

    /** The organizations the user sees, in tree order (children under their parent), with member figures. */
    @Transactional(readOnly = true)
    public List<TreeRow> tree() {
        CurrentUser user = CurrentUsers.require();
        List<OrganizationRow> visible = organizations.rows(user.scopePrefix(), Scope.secretaryId(user));
        Map<Long, long[]> counts =
                memberCounts(visible.stream().map(OrganizationRow::id).toList());
        Set<Long> ids = visible.stream().map(OrganizationRow::id).collect(Collectors.toSet());
        Map<Long, List<OrganizationRow>> children = new LinkedHashMap<>();
        List<OrganizationRow> roots = new ArrayList<>();
        for (OrganizationRow o : visible) {
            if (o.parentId() != null && ids.contains(o.parentId())) {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            } else {
                roots.add(o);
            }
        }
        List<TreeRow> out = new ArrayList<>();
        roots.sort(Comparator.comparing(OrganizationRow::name));
        for (OrganizationRow root : roots) {
            walk(root, 0, children, counts, out);
        }
        return out;
    }

    private void walk(
            OrganizationRow o,
            int depth,
            Map<Long, List<OrganizationRow>> children,
            Map<Long, long[]> counts,
            List<TreeRow> out) {
        long[] c = counts.getOrDefault(o.id(), new long[] {0, 0});
        out.add(new TreeRow(o, depth, c[0], c[1], committeeMissing(o.branchLevel(), c[1], o.hasCommittee())));
        for (OrganizationRow child : children.getOrDefault(o.id(), List.of())) {
            walk(child, depth + 1, children, counts, out);
        }
    }

    /** Counts full members only: the regulations say 正式党员7人以上; probationary members do not count. */
    private static boolean committeeMissing(boolean branchLevel, long fullMembers, boolean hasCommittee) {
        return branchLevel && fullMembers >= COMMITTEE_THRESHOLD && !hasCommittee;
    }

    @Transactional(readOnly = true)
    public OrganizationPage page(long id) {
        PartyOrganization o = get(id);
        long[] c = memberCounts(List.of(o.getId())).getOrDefault(o.getId(), new long[] {0, 0});
        return new OrganizationPage(
                OrganizationDetail.of(o),
                c[0],
                c[1],
                committeeMissing(o.isBranchLevel(), c[1], o.isHasCommittee()),
                secretaryUsername(o),
                affiliations.reportsOfBranch(id));
    }

    /** [Party members, full members] per organization (members are attached to branches). */
    private Map<Long, long[]> memberCounts(List<Long> ids) {
        Map<Long, long[]> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        for (Object[] row : people.countMembersByBranch(ids)) {
            counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return counts;
    }

    /** Branch-level organizations the user sees (a branch secretary: their own): for a member's or meeting's branch. */
    @Transactional(readOnly = true)
    public List<Choice> branchChoices() {
        CurrentUser user = CurrentUsers.require();
        return organizations.choices(user.scopePrefix(), Scope.secretaryId(user), OrganizationType.BRANCH_LEVEL);
    }

    /** An organization the current user may see; 404 or 403 otherwise. */
    @Transactional(readOnly = true)
    public PartyOrganization get(long id) {
        PartyOrganization o = organizations.findById(id).orElseThrow(() -> new NotFoundException("organization " + id));
        Scope.check(CurrentUsers.require(), o);
        return o;
    }

    /** An organization whatever the scope, for rules that check it themselves. */
    public Optional<PartyOrganization> find(long id) {
        return organizations.findById(id);
    }

    private String secretaryUsername(PartyOrganization o) {
        if (o.getSecretaryAccountId() == null) {
            return null;
        }
        return accounts.byId(o.getSecretaryAccountId())
                .map(AccountDirectory.AccountCard::username)
                .orElse(null);
    }

    /** The organization form: a new organization (id null) or one the user sees, with the possible parents. */
    @Transactional(readOnly = true)
    public OrganizationEditing editing(Long id) {
        CurrentUser user = CurrentUsers.require();
        List<Choice> parents =
                organizations
                        .choices(user.scopePrefix(), Scope.secretaryId(user), OrganizationType.ABOVE_BRANCHES)
                        .stream()
                        .filter(c -> !c.id().equals(id))
                        .toList();
        if (id == null) {
            return new OrganizationEditing(null, 0, null, parents);
        }
        PartyOrganization o = get(id);
        OrganizationData data = new OrganizationData(
                o.getName(),
                o.getType(),
                o.getParent() == null ? null : o.getParent().getId(),
                o.getRegion().getCode(),
                o.getIndustry(),
                o.getFoundedOn(),
                o.getSecretaryName(),
                Optional.ofNullable(secretaryUsername(o)).orElse(""),
                o.getCommitteeMembers(),
                o.isHasCommittee(),
                o.isHasPartyGroups(),
                o.getStandardization());
        return new OrganizationEditing(o.getId(), o.getVersion(), data, parents);
    }

    @Transactional
    public long create(OrganizationData data) {
        CurrentUser user = CurrentUsers.require();
        Scope.checkMaintainer(user);
        PartyOrganization o = new PartyOrganization(data.name().trim());
        apply(o, data, user);
        return UniqueConstraints.refuse(
                        () -> organizations.saveAndFlush(o), NAME_UNIQUE, OrganizationService::nameTaken)
                .getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, OrganizationData data) {
        CurrentUser user = CurrentUsers.require();
        Scope.checkMaintainer(user);
        PartyOrganization o = get(id);
        o.checkVersion(expectedVersion);
        apply(o, data, user);
        UniqueConstraints.refuse(() -> organizations.saveAndFlush(o), NAME_UNIQUE, OrganizationService::nameTaken);
    }

    private static FieldRuleException nameTaken() {
        return new FieldRuleException("name", "organization.error.nameTaken");
    }

    private void apply(PartyOrganization o, OrganizationData data, CurrentUser user) {
        String name = data.name().trim();
        Region region = Scope.region(regions, data.regionCode());
        Scope.refuseTakenName(
                organizations.findByDistrictIdAndName(region.districtId(), name), o, OrganizationService::nameTaken);
        PartyOrganization parent = null;
        if (data.parentId() != null) {
            parent = organizations
                    .findById(data.parentId())
                    .filter(p -> Scope.sees(user, p))
                    .orElseThrow(() -> new FieldRuleException("parentId", "organization.error.parentUnknown"));
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
            secretaryAccountId = accounts.byUsernameWithin(data.secretaryUsername(), user.scopePrefix())
                    .filter(a -> a.role() == Role.BRANCH_SECRETARY)
                    .map(AccountDirectory.AccountCard::id)
                    .orElseThrow(
                            () -> new FieldRuleException("secretaryUsername", "organization.error.secretaryAccount"));
        }
        if (data.foundedOn() != null && data.foundedOn().isAfter(LocalDate.now(clock))) {
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
