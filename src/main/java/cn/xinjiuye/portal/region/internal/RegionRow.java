package cn.xinjiuye.portal.region.internal;

import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;

/** A line of the region list, indented by its depth in the tree. */
public record RegionRow(Long id, String name, String code, RegionLevel level, boolean active, int depth) {

    public static RegionRow of(Region r) {
        return new RegionRow(r.getId(), r.getName(), r.getCode(), r.getLevel(), r.isActive(), r.depth());
    }
}
