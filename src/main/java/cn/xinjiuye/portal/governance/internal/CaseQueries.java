package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff read: the case list of their scope (or department), the overdue list, the page of one case, its
 * photos. Every page is one call returning one view record, read with a fixed number
 * of statements whatever the number of rows.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseQueries {

    private final CaseAccessPolicy policy;
    private final CaseRows rows;
    private final CaseDeadlines deadlines;
    private final CaseRouting routing;
    private final GovCaseRepository cases;
    private final CaseEventRepository events;
    private final CasePhotoRepository photos;
    private final CaseSupervisionRepository supervisions;
    private final RegionService regions;
    private final CaseActors actors;

    /** The list's filters; null means any. */
    public record Filter(CaseStatus status, CaseCategory category, Long communityId, String caseNo) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /**
     * The case list page: the filters, a page of rows, whether there are more rows than counted ({@code countCapped}:
     * "more than 10,000"), the communities to filter by (none for a department).
     */
    public record ListPage(
            Filter filter, Page<CaseRow> rows, boolean countCapped, List<Region> communities, boolean department) {}

    public ListPage list(Filter filter, Pageable pageable) {
        CaseAccessPolicy.Staff staff = policy.staff();
        List<Region> communities = staff.isDepartment() ? List.of() : regions.options(RegionLevel.COMMUNITY);
        CaseRows.Found found = search(staff, filter, pageable);
        return new ListPage(filter, lit(found.page()), found.countCapped(), communities, staff.isDepartment());
    }

    /** The rows of the case list, newest first (what the benchmark times). */
    public Page<CaseRow> search(Filter filter, Pageable pageable) {
        return lit(search(policy.staff(), filter, pageable).page());
    }

    private CaseRows.Found search(CaseAccessPolicy.Staff staff, Filter f, Pageable pageable) {
        CurrentUser user = staff.user();
        // A community secretary's scope is one community: naming it lets PostgreSQL read the community's index in
        // order (newest first) instead of sorting all its cases. The scope condition still applies.
        Long community = f.communityId();
        if (community == null && user.role() == Role.COMMUNITY_SECRETARY && user.regionId() != null) {
            community = user.regionId();
        }
        String caseNo = CaseFiling.blankToNull(f.caseNo());
        return rows.search(
                policy.scope(staff),
                f.status(),
                f.category(),
                community,
                caseNo == null ? null : caseNo.toUpperCase(Locale.ROOT),
                pageable);
    }

    /** How many cases the case map shows at most (the newest located ones). */
    public static final int MAP_LIMIT = 5_000;

    /** The case map: the newest located cases of the scope with the list's filters, and whether there were more. */
    public record MapPoints(List<CasePoint> points, boolean capped) {}

    /** The case map's page: its filters and the communities to filter by (none for a department). */
    public record MapPage(Filter filter, List<Region> communities, boolean department) {}

    public MapPage mapPage(Filter filter) {
        CaseAccessPolicy.Staff staff = policy.staff();
        return new MapPage(
                filter,
                staff.isDepartment() ? List.of() : regions.options(RegionLevel.COMMUNITY),
                staff.isDepartment());
    }

    public MapPoints mapPoints(Filter f) {
        CaseAccessPolicy.Staff staff = policy.staff();
        List<CasePoint> found =
                rows.points(policy.scope(staff), f.status(), f.category(), f.communityId(), MAP_LIMIT + 1);
        boolean capped = found.size() > MAP_LIMIT;
        List<CasePoint> shown = capped ? found.subList(0, MAP_LIMIT) : found;
        CaseDeadlines.Lights lights =
                deadlines.lights(shown.stream().map(CasePoint::schedule).toList());
        return new MapPoints(
                shown.stream().map(p -> p.lit(lights.of(p.schedule()))).toList(), capped);
    }

    /** Running cases past their due date in the user's scope, most overdue first. */
    public Page<CaseRow> overdue(Pageable pageable) {
        CaseAccessPolicy.Staff staff = policy.staff();
        return lit(rows.overdue(policy.scope(staff), deadlines.today(), pageable));
    }

    private Page<CaseRow> lit(Page<CaseRow> page) {
        CaseDeadlines.Lights lights = deadlines.lights(
                page.getContent().stream().map(CaseRow::schedule).toList());
        return page.map(r -> r.lit(lights.of(r.schedule())));
    }

    /** The staff page of a case the user may see: 404 when missing, 403 outside their scope or department. */
    public CasePage page(long id) {
        CaseAccessPolicy.Staff staff = policy.staff();
        GovCase c = policy.visible(staff, id);
        CaseView view = cases.view(id).orElseThrow(() -> new NotFoundException("case " + id));
        List<Department> departments = routing.departmentsFor(c);
        List<TimelineStep> timeline = events.timeline(id);
        List<SupervisionNote> notes = supervisions.notes(id);
        Set<String> names = new HashSet<>();
        timeline.forEach(e -> names.add(e.actor()));
        notes.forEach(n -> {
            names.add(n.notedBy());
            names.add(n.repliedBy());
        });
        names.remove(null);
        return new CasePage(
                view,
                deadlines.lights(List.of(view.schedule())).of(view.schedule()),
                timeline,
                actors.of(names),
                photos.idsOf(id),
                notes,
                policy.allowedActions(staff, c).stream().map(Enum::name).collect(Collectors.toSet()),
                policy.mayReplyToSupervision(staff, c),
                departments.stream()
                        .map(d -> new CasePage.DepartmentChoice(d.getId(), d.getName()))
                        .toList(),
                routing.suggested(c, departments).orElse(null),
                policy.mayModerate(staff, c));
    }

    /** A photo of a case the user may see. */
    public CasePhoto photo(long id, long photoId) {
        policy.visible(policy.staff(), id);
        return photos.findById(photoId)
                .filter(p -> p.getCaseId() == id)
                .orElseThrow(() -> new NotFoundException("photo " + photoId));
    }
}
