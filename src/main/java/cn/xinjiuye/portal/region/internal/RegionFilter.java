package cn.xinjiuye.portal.region.internal;

import cn.xinjiuye.portal.region.RegionLevel;

/** The region list's filters, bound from the query string; null means any. */
public record RegionFilter(String q, RegionLevel level, Boolean active) {

    public String query() {
        return q == null || q.isBlank() ? null : q.trim();
    }
}
