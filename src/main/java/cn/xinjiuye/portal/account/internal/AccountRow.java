package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.common.security.Role;

/** A line of the account list: the region by name. */
public record AccountRow(
        Long id,
        String username,
        String displayName,
        Role role,
        String regionName,
        String phone,
        boolean enabled,
        boolean mustChangePassword) {}
