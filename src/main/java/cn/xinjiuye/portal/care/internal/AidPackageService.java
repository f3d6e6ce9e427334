package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Difficult-family data packages. Everyone on the care pages sees packages of their region subtree pseudonymized;
 * the household's name, phone and address only community, street and district staff in scope and the account
 * that claimed the package, and each such view is audited. Branches and caring enterprises claim, help, release.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','BRANCH_SECRETARY')")
@RequiredArgsConstructor
public class AidPackageService {

    /** Roles that keep the household records and may read them in full within their scope. */
    static final Set<Role> RECORD_KEEPERS =
            EnumSet.of(Role.ADMIN, Role.ORG_STAFF, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);

    private final AidPackageRepository packages;
    private final AidHelpRepository helps;
    private final AidPackageNumbers numbers;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Page<AidPackageView> search(AidPackageFilter f, Pageable pageable) {
        return packages.search(CurrentUsers.require().scopePrefix(), f.query(), f.status(), f.difficulty(), pageable)
                .map(AidPackageView::of);
    }

    /** A package's page, pseudonymized (scope as {@link #get}). */
    @Transactional(readOnly = true)
    public AidPackageView.Page page(long id) {
        AidPackage p = get(id);
        return new AidPackageView.Page(
                AidPackageView.of(p),
                mayReadHousehold(p),
                helps.findForPackage(id).stream().map(AidPackageView.Help::of).toList(),
                helps.totalValue(id));
    }

    /** A package, pseudonymized, without its helps (scope as {@link #get}): the heading of the edit form. */
    @Transactional(readOnly = true)
    public AidPackageView view(long id) {
        return AidPackageView.of(get(id));
    }

    /** A package of the user's subtree (403 outside it), shown pseudonymized unless {@link #mayReadHousehold}. */
    AidPackage get(long id) {
        AidPackage p = packages.findById(id).orElseThrow(() -> new NotFoundException("aid package " + id));
        CurrentUsers.require().checkCovers(p.getCommunity().getPath());
        return p;
    }

    boolean mayReadHousehold(AidPackage p) {
        CurrentUser user = CurrentUsers.require();
        boolean keeper = RECORD_KEEPERS.contains(user.role())
                && user.covers(p.getCommunity().getPath());
        boolean claimant = p.getClaimedByAccountId() != null && p.getClaimedByAccountId() == user.id();
        return keeper || claimant;
    }

    /** The household in full, for those allowed; the view is written to the audit log. */
    @Transactional
    public HouseholdDetails readHousehold(long id) {
        AidPackage p = get(id);
        if (!mayReadHousehold(p)) {
            throw new AccessDeniedException("household details of " + p.getCode());
        }
        audit.record(AuditAction.VIEW_PERSONAL_DATA, "AidPackage", id, "household details of " + p.getCode());
        return HouseholdDetails.of(p);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    public AidPackage create(String communityCode, Household household) {
        Region community = communityInScope(communityCode);
        return packages.save(new AidPackage(numbers.next(community), community, household.tidy()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    public AidPackage edit(long id, long version, Household household) {
        AidPackage p = atVersion(id, version);
        if (!mayReadHousehold(p)) {
            throw new AccessDeniedException("edit " + p.getCode());
        }
        p.edit(household.tidy());
        return p;
    }

    /** 认领: a branch or a caring enterprise takes the package on. */
    @Transactional
    public AidPackage claim(long id, long version, ClaimantKind kind, String claimantName) {
        AidPackage p = atVersion(id, version);
        if (p.getStatus() != AidStatus.OPEN) {
            throw new FieldRuleException("claimantName", "care.error.notOpen");
        }
        p.claim(kind, claimantName.trim(), CurrentUsers.require().id());
        return p;
    }

    /** 释放: the claimant (or the keepers) gives the package back, open for others. */
    @Transactional
    public AidPackage release(long id, long version) {
        AidPackage p = atVersion(id, version);
        if (p.getStatus() != AidStatus.CLAIMED) {
            throw new FieldRuleException("status", "care.error.notClaimed");
        }
        requireClaimantOrKeeper(p);
        p.release();
        return p;
    }

    @Transactional
    public AidHelp recordHelp(long id, LocalDate helpedOn, String what, BigDecimal value, String givenBy) {
        AidPackage p = get(id);
        if (p.getStatus() != AidStatus.CLAIMED) {
            throw new FieldRuleException("what", "care.error.notClaimed");
        }
        requireClaimantOrKeeper(p);
        if (helpedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldRuleException("helpedOn", "care.error.future");
        }
        String by = givenBy == null || givenBy.isBlank() ? p.getClaimantName() : givenBy.trim();
        return helps.save(new AidHelp(
                p, helpedOn, what.trim(), value, by, CurrentUsers.require().id()));
    }

    /** 结办: the household's needs are met. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
    public AidPackage close(long id, long version) {
        AidPackage p = atVersion(id, version);
        if (p.getStatus() != AidStatus.CLAIMED) {
            throw new FieldRuleException("status", "care.error.notClaimed");
        }
        p.close();
        return p;
    }

    private void requireClaimantOrKeeper(AidPackage p) {
        CurrentUser user = CurrentUsers.require();
        boolean claimant = p.getClaimedByAccountId() != null && p.getClaimedByAccountId() == user.id();
        if (!claimant && !RECORD_KEEPERS.contains(user.role())) {
            throw new AccessDeniedException("only the claimant or the community's keepers act on " + p.getCode());
        }
    }

    private AidPackage atVersion(long id, long version) {
        AidPackage p = get(id);
        p.checkVersion(version);
        return p;
    }

    Region communityInScope(String code) {
        Region community = regions.findByCode(code)
                .orElseThrow(() -> new FieldRuleException("communityCode", "care.error.communityUnknown"));
        if (community.getLevel() != RegionLevel.COMMUNITY || !community.isActive()) {
            throw new FieldRuleException("communityCode", "care.error.notACommunity");
        }
        if (!CurrentUsers.require().covers(community.getPath())) {
            throw new FieldRuleException("communityCode", "care.error.communityOutOfScope");
        }
        return community;
    }
}
