package cn.xinjiuye.portal.region;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.region.internal.RegionFilter;
import cn.xinjiuye.portal.region.internal.RegionRef;
import cn.xinjiuye.portal.region.internal.RegionRepository;
import cn.xinjiuye.portal.region.internal.RegionRow;
import cn.xinjiuye.portal.region.internal.RegionView;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region tree and its rules. A staff member reads their own node's subtree and changes only the nodes below
 * their own (the district's staff add streets, a street's staff add communities); an administrator changes all.
 */
@Service
@RequiredArgsConstructor
public class RegionService {

    private final RegionRepository regions;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    @Transactional(readOnly = true)
    public Page<RegionRow> search(RegionFilter f, Pageable pageable) {
        CurrentUser user = CurrentUsers.require();
        return regions.search(user.scopePrefix(), f.query(), f.level(), f.active(), pageable)
                .map(RegionRow::of);
    }

    /** A region's page with its active children (scope as {@link #get}). */
    @Transactional(readOnly = true)
    public RegionView.Page page(long id) {
        Region region = get(id);
        return new RegionView.Page(
                RegionView.of(region),
                children(region).stream().map(RegionRef::of).toList());
    }

    /** A region's edit form (scope as {@link #get}). */
    @Transactional(readOnly = true)
    public RegionView view(long id) {
        return RegionView.of(get(id));
    }

    /** A region the current user may see; 403 outside their subtree, 404 when there is none. */
    @Transactional(readOnly = true)
    public Region get(long id) {
        Region region = regions.findById(id).orElseThrow(() -> new NotFoundException("region " + id));
        CurrentUsers.require().checkCovers(region.getPath());
        return region;
    }

    /** Looks a region up by code without a scope check: for binding accounts and records to a region. */
    @Transactional(readOnly = true)
    public Optional<Region> findByCode(String code) {
        return code == null ? Optional.empty() : regions.findByCode(code.trim());
    }

    /**
     * The region a form names by its code, in the signed-in user's subtree: else a {@link FieldRuleException} on
     * {@code field}, {@code unknownKey} when there is no such region, {@code outOfScopeKey} when it lies outside.
     */
    @Transactional(readOnly = true)
    public Region inScope(String code, String field, String unknownKey, String outOfScopeKey) {
        Region region = findByCode(code).orElseThrow(() -> new FieldRuleException(field, unknownKey));
        if (!CurrentUsers.require().covers(region.getPath())) {
            throw new FieldRuleException(field, outOfScopeKey);
        }
        return region;
    }

    @Transactional(readOnly = true)
    public Optional<Region> findById(long id) {
        return regions.findById(id);
    }

    /** Active regions of one level in the current user's subtree, for choosing in forms and filters. */
    @Transactional(readOnly = true)
    public List<Region> options(RegionLevel level) {
        return regions.findActiveInSubtreeByLevel(CurrentUsers.require().scopePrefix(), level);
    }

    /** Every active community, for public forms (reporting a case without signing in): names and codes only. */
    @Transactional(readOnly = true)
    public List<Region> activeCommunities() {
        return regions.findActiveInSubtreeByLevel("/", RegionLevel.COMMUNITY);
    }

    /** Active children of a region the user may see, by code. */
    @Transactional(readOnly = true)
    public List<Region> children(Region region) {
        CurrentUsers.require().checkCovers(region.getPath());
        return regions.findByParentIdAndActiveTrueOrderByCode(region.getId());
    }

    /** The region's ancestors within the user's subtree, top down, ending with the region itself: a breadcrumb. */
    @Transactional(readOnly = true)
    public List<Region> lineageInScope(Region region) {
        CurrentUser user = CurrentUsers.require();
        List<Long> ids = java.util.Arrays.stream(region.getPath().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
        java.util.Map<Long, Region> byId = new java.util.HashMap<>();
        regions.findAllById(ids).forEach(r -> byId.put(r.getId(), r));
        return ids.stream()
                .map(byId::get)
                .filter(r -> r != null && user.covers(r.getPath()))
                .toList();
    }

    @Transactional
    public Region create(String parentCode, String code, String name) {
        CurrentUser user = CurrentUsers.require();
        Region parent = null;
        RegionLevel level = RegionLevel.PROVINCE;
        if (parentCode != null && !parentCode.isBlank()) {
            parent = inScope(parentCode, "parentCode", "region.error.parentUnknown", "region.error.parentOutOfScope");
            if (!parent.isActive()) {
                throw new FieldRuleException("parentCode", "region.error.parentInactive");
            }
            level = parent.getLevel().child();
            if (level == null) {
                throw new FieldRuleException("parentCode", "region.error.gridHasNoChildren");
            }
        } else if (!user.isAdmin()) {
            throw new FieldRuleException("parentCode", "region.error.parentRequired");
        }
        checkCode(code, level, parent, null);
        Region region = regions.saveAndFlush(new Region(code.trim(), name.trim(), level, parent));
        region.assignPath();
        return region;
    }

    @Transactional
    public Region update(long id, long expectedVersion, String code, String name) {
        Region region = changeable(id, expectedVersion);
        checkCode(code, region.getLevel(), region.getParent(), region.getId());
        region.rename(code.trim(), name.trim());
        return region;
    }

    @Transactional
    public Region move(long id, long expectedVersion, String newParentCode) {
        Region region = changeable(id, expectedVersion);
        Region newParent =
                inScope(newParentCode, "parentCode", "region.error.parentUnknown", "region.error.parentOutOfScope");
        if (newParent.getLevel() != region.getLevel().parent()) {
            throw new FieldRuleException("parentCode", "region.error.parentWrongLevel");
        }
        if (!newParent.isActive()) {
            throw new FieldRuleException("parentCode", "region.error.parentInactive");
        }
        if (region.getParent() != null && region.getParent().getId().equals(newParent.getId())) {
            return region;
        }
        String oldPath = region.getPath();
        String newPath = newParent.getPath() + region.getId() + "/";
        region.moveUnder(newParent);
        regions.flush();
        int moved = regions.rebasePaths(oldPath, newPath);
        audit.record(
                AuditAction.UPDATE,
                "Region",
                id,
                "moved " + region.getCode() + " from " + oldPath + " to " + newPath + " (" + moved
                        + " regions re-rooted)");
        events.publishEvent(new RegionMoved(id));
        return regions.findById(id).orElseThrow();
    }

    /** Deactivates (or reactivates) a region with its whole subtree; records stay, nothing is deleted. */
    @Transactional
    public int setActive(long id, long expectedVersion, boolean active) {
        Region region = changeable(id, expectedVersion);
        if (active && region.getParent() != null && !region.getParent().isActive()) {
            throw new FieldRuleException("active", "region.error.parentInactive");
        }
        int changed = regions.setActiveForSubtree(region.getPath(), active);
        audit.record(
                AuditAction.UPDATE,
                "Region",
                id,
                (active ? "activated " : "deactivated ") + region.getCode() + " " + region.getName()
                        + " with its subtree (" + changed + " regions)");
        if (!active) {
            events.publishEvent(new RegionDeactivated(id));
        }
        return changed;
    }

    /** A region strictly below the user's own node (administrators: any), at the version the form was built on. */
    private Region changeable(long id, long expectedVersion) {
        Region region = get(id);
        CurrentUser user = CurrentUsers.require();
        boolean own = user.regionPath() != null && user.regionPath().equals(region.getPath());
        if (own && !user.isAdmin()) {
            throw new AccessDeniedException("a user cannot change their own region node");
        }
        region.checkVersion(expectedVersion);
        return region;
    }

    private void checkCode(String code, RegionLevel level, Region parent, Long selfId) {
        String trimmed = code == null ? "" : code.trim();
        if (!level.isWellFormed(trimmed)) {
            throw new FieldRuleException("code", "region.error.codeFormat", level.codeLength());
        }
        if (parent != null && !trimmed.startsWith(parent.getLevel().childPrefix(parent.getCode()))) {
            throw new FieldRuleException(
                    "code", "region.error.codePrefix", parent.getLevel().childPrefix(parent.getCode()));
        }
        regions.findByCode(trimmed)
                .filter(other -> !other.getId().equals(selfId))
                .ifPresent(other -> {
                    throw new FieldRuleException("code", "region.error.codeTaken", other.getName());
                });
    }
}
