package cn.xinjiuye.portal.region;

/** A region was deactivated with its whole subtree: nobody works in it any more. */
public record RegionDeactivated(long regionId) {}
