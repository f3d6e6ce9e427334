package cn.xinjiuye.portal.region;

/** A region was moved under another parent, with its whole subtree: paths, and so scopes, below it changed. */
public record RegionMoved(long regionId) {}
