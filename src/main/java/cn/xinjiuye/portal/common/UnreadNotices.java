package cn.xinjiuye.portal.common;

/**
 * The unread count of an account's inbox, for the navigation bar. The inbox module provides it; without it (a
 * controller slice) the bar shows no count.
 */
public interface UnreadNotices {

    long unread(long accountId);
}
