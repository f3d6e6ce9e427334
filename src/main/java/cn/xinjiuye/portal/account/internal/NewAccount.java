package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.common.security.Role;

/**
 * Who a new account is for, as it is created: the region's code for staff, the occupation for workers (else null), the
 * phone where there is one.
 */
public record NewAccount(
        String username, String displayName, String phone, Role role, String regionCode, Occupation occupation) {}
