package cn.xinjiuye.portal.region.internal;

import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import java.util.List;

/** A region's page and edit form: the node, its parent and the version the forms are built on. */
public record RegionView(
        Long id, String code, String name, RegionLevel level, boolean active, long version, RegionRef parent) {

    public static RegionView of(Region r) {
        return new RegionView(
                r.getId(),
                r.getCode(),
                r.getName(),
                r.getLevel(),
                r.isActive(),
                r.getVersion(),
                RegionRef.of(r.getParent()));
    }

    /** A region's page: the node and its active children by code. */
    public record Page(RegionView region, List<RegionRef> children) {}
}
