package cn.xinjiuye.portal.dashboard.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.dashboard.Chart;
import cn.xinjiuye.portal.dashboard.FigureSource;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live figures of a region subtree for a period, computed from the records by each feature's
 * {@link FigureSource}, with one row per child region so staff drill down district → street → community.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
@RequiredArgsConstructor
public class DashboardService {

    private final List<FigureSource> sources;
    private final RegionService regions;
    private final FigureThreads threads;

    /** The region to show: the asked one (403 outside the user's subtree) or the user's own. */
    @Transactional(readOnly = true)
    public Region regionFor(Long regionId) {
        if (regionId != null) {
            return regions.get(regionId);
        }
        CurrentUser user = CurrentUsers.require();
        if (user.regionId() != null) {
            return regions.get(user.regionId());
        }
        return regions.options(RegionLevel.PROVINCE).stream()
                .findFirst()
                .orElseThrow(() -> new cn.xinjiuye.portal.common.NotFoundException("no region"));
    }

    /**
     * The figures of every source, computed side by side ({@link FigureThreads}); no transaction here, so that the
     * request holds no connection while its sources use theirs.
     */
    public DashboardView view(Region region, Period period) {
        RegionGrouping grouping = new RegionGrouping(region.getPath(), region.depth());
        Map<String, Map<String, Number>> values = new HashMap<>();
        List<Supplier<Map<String, Map<String, Number>>>> tasks = sources.stream()
                .<Supplier<Map<String, Map<String, Number>>>>map(s -> () -> s.compute(grouping, period))
                .toList();
        for (Map<String, Map<String, Number>> computed : threads.all(tasks)) {
            computed.forEach((key, v) ->
                    values.computeIfAbsent(key, k -> new HashMap<>()).putAll(v));
        }
        List<DashboardView.Row> rows = new ArrayList<>();
        for (Region child : regions.children(region)) {
            String key = String.valueOf(child.getId());
            rows.add(new DashboardView.Row(
                    key, child.getId(), child.getName(), true, values.getOrDefault(key, Map.of())));
        }
        if (values.containsKey(RegionGrouping.OWN)) {
            rows.add(new DashboardView.Row(
                    RegionGrouping.OWN, region.getId(), region.getName(), false, values.get(RegionGrouping.OWN)));
        }
        DashboardView.Row total = new DashboardView.Row(
                RegionGrouping.TOTAL,
                region.getId(),
                region.getName(),
                false,
                values.getOrDefault(RegionGrouping.TOTAL, Map.of()));
        List<DashboardView.Section> sections = sources.stream()
                .map(s -> new DashboardView.Section(
                        s.section().substring(s.section().lastIndexOf('.') + 1), s.section(), s.figures(), total))
                .toList();
        return new DashboardView(region, period, regions.lineageInScope(region), rows, sections);
    }

    /** Every source's charts, side by side as the figures. */
    public List<Chart> charts(Region region, Period period) {
        RegionGrouping grouping = new RegionGrouping(region.getPath(), region.depth());
        List<Supplier<List<Chart>>> tasks = sources.stream()
                .<Supplier<List<Chart>>>map(s -> () -> s.charts(grouping, period))
                .toList();
        return threads.all(tasks).stream().flatMap(List::stream).toList();
    }
}
