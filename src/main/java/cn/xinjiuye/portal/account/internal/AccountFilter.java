package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.common.security.Role;

/** The account list's filters, bound from the query string; null means any. */
public record AccountFilter(String q, Role role, Boolean enabled) {

    String query() {
        return q == null || q.isBlank() ? null : q.trim();
    }
}
