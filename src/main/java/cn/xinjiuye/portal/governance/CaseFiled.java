package cn.xinjiuye.portal.governance;

/**
 * A report was filed through the portal's report form, by a worker or anyone with a phone. Other modules react
 * after the commit: the organization module credits it to the reporter's branch and enterprise.
 *
 * @param reporterPhone the reporter's mobile number as given, never shown to anyone by a listener
 */
public record CaseFiled(long caseId, String reporterPhone) {}
