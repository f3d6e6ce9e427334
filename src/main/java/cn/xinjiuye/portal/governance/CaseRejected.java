package cn.xinjiuye.portal.governance;

/** The dispatcher rejected a case (not a matter for the portal): it no longer counts for anyone. */
public record CaseRejected(long caseId) {}
