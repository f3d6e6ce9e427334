package cn.xinjiuye.portal.organization.internal;

/** The people list's filters, bound from the query string; null means any. */
public record PeopleFilter(String q, PoliticalStatus status, Long branch) {}
