package cn.xinjiuye.portal.dashboard.internal;

import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.dashboard.Figure;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.region.Region;
import java.util.List;
import java.util.Map;

/** Everything the dashboard page shows for one region and period. */
public record DashboardView(
        Region region, Period period, List<Region> lineage, List<Row> rows, List<Section> sections) {

    /** A child region (or the region's own level, or the total) with its values by figure key. */
    public record Row(String key, Long regionId, String name, boolean drillable, Map<String, Number> values) {

        public Number value(String figureKey) {
            Number n = values.get(figureKey);
            return n == null ? 0 : n;
        }
    }

    public record Section(String id, String titleKey, List<Figure> figures, Row total) {}

    public Section section(String id) {
        return sections.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("dashboard section " + id));
    }
}
