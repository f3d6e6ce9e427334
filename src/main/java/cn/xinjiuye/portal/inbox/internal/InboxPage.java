package cn.xinjiuye.portal.inbox.internal;

import org.springframework.data.domain.Page;

/** The inbox page: one page of notices, newest first, and how many of all are unread. */
public record InboxPage(Page<NoticeRow> notices, long unread) {}
