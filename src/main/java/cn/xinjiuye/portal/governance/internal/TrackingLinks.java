package cn.xinjiuye.portal.governance.internal;

/**
 * The absolute link to a case's public tracking page, for messages that leave the portal (the reporter's SMS).
 * Built by the web layer, which owns the URLs and the configured public address.
 */
public interface TrackingLinks {

    String of(String caseNo);
}
