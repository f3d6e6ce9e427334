package cn.xinjiuye.portal.region.internal;

import cn.xinjiuye.portal.region.Region;

/** A region named on another region's page: its parent, or one of its children. */
public record RegionRef(Long id, String name, String code) {

    public static RegionRef of(Region r) {
        return r == null ? null : new RegionRef(r.getId(), r.getName(), r.getCode());
    }
}
