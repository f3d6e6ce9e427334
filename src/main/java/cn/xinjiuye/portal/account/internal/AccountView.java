package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.common.security.Role;

/** An account's page: what the administrator edits, its state and the version the form is built on. */
public record AccountView(
        Long id,
        String username,
        String displayName,
        String phone,
        Role role,
        String regionCode,
        boolean enabled,
        boolean mustChangePassword,
        long version) {}
