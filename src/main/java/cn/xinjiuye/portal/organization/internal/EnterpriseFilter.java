package cn.xinjiuye.portal.organization.internal;

/** The enterprise list's filters, bound from the query string; null means any. */
public record EnterpriseFilter(String q, EnterpriseService.Alert alert) {}
