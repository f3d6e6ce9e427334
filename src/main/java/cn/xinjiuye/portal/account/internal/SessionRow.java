package cn.xinjiuye.portal.account.internal;

import java.time.LocalDateTime;

/**
 * One active session of an account as its administrator sees it: named by the hash of its id (the id itself is a
 * credential and never leaves the server), when it started and was last used, and where it signed in from.
 */
public record SessionRow(
        String handle, LocalDateTime startedAt, LocalDateTime lastUsedAt, String address, boolean current) {}
