package cn.xinjiuye.portal.dashboard;

import java.util.List;

/**
 * A chart for ECharts: its title key, type (bar, line, pie), the category labels (months as "2026-03", or message
 * keys when {@code categoriesAreKeys}), and series of numbers named by message keys.
 */
public record Chart(
        String id,
        String titleKey,
        String type,
        List<String> categories,
        boolean categoriesAreKeys,
        List<Series> series) {

    public record Series(String nameKey, List<Number> values) {}
}
