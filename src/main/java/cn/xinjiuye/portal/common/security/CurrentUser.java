package cn.xinjiuye.portal.common.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as kept in the session: who they are, their role and the region subtree they may see.
 * {@code regionPath} is the materialized path of their region ("/1/5/23/"); a record is in scope when its
 * region path starts with it. An administrator without a region sees everything.
 */
public record CurrentUser(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        Long regionId,
        String regionPath,
        String regionName,
        boolean enabled,
        boolean mustChangePassword)
        implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** True when the given region path lies in this user's subtree (their own node included). */
    public boolean covers(String path) {
        if (path == null) {
            return isAdmin();
        }
        if (isAdmin() && regionPath == null) {
            return true;
        }
        return regionPath != null && path.startsWith(regionPath);
    }

    /** Refuses (403) a record outside this user's region subtree. */
    public void checkCovers(String path) {
        if (!covers(path)) {
            throw new AccessDeniedException("outside the region scope of " + username);
        }
    }

    /** The prefix to filter queries with; "/" (everything) for an administrator without a region. */
    public String scopePrefix() {
        return regionPath == null ? (isAdmin() ? "/" : "/__none__/") : regionPath;
    }

    public CurrentUser withPassword(String newHash, boolean mustChange) {
        return new CurrentUser(
                id, username, displayName, newHash, role, regionId, regionPath, regionName, enabled, mustChange);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + username + ", " + role + "]";
    }
}
