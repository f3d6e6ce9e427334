package cn.xinjiuye.portal.dashboard;

import java.util.List;
import java.util.Map;

/**
 * A feature's contribution to the dashboard. Implementations live in the feature's package and compute their figures
 * in the database, for a region subtree and period, grouped by the child regions in ONE query each (PostgreSQL's
 * {@code group by rollup}, keyed by {@link RegionGrouping#childKey(String)}), so a dashboard costs a handful of
 * aggregates whatever the number of streets.
 */
public interface FigureSource {

    /** Message key of the section title, e.g. "dashboard.section.care". */
    String section();

    /** The figures this source computes, in display order. */
    List<Figure> figures();

    /**
     * Values by child region: the key is the child's region id as text, {@link RegionGrouping#OWN} for records attached
     * to the region itself, {@link RegionGrouping#TOTAL} for the whole subtree. Missing values count as zero.
     */
    Map<String, Map<String, Number>> compute(RegionGrouping grouping, Period period);

    /** Monthly or categorical charts of this source, for the period's year. */
    default List<Chart> charts(RegionGrouping grouping, Period period) {
        return List.of();
    }
}
