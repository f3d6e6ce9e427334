package cn.xinjiuye.portal.common.web;

import cn.xinjiuye.portal.common.UnreadNotices;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the navigation bar shows, decided once per request from the signed-in user's role. The layout reads these
 * booleans instead of {@code sec:authorize} expressions, which Spring Security parses anew on every page (a sixth of
 * the layout's rendering time on the couriers' pages). The URL rules and the services still decide access.
 */
public record NavBar(
        boolean signedIn,
        String displayName,
        boolean districtWork,
        boolean partyWork,
        boolean cases,
        boolean admin,
        boolean worker,
        long unread) {

    static final NavBar ANONYMOUS = new NavBar(false, null, false, false, false, false, false, 0);

    private static final Set<Role> DISTRICT_WORK =
            EnumSet.of(Role.ADMIN, Role.ORG_STAFF, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);

    static NavBar of(CurrentUser user, long unread) {
        Role role = user.role();
        return new NavBar(
                true,
                user.displayName(),
                DISTRICT_WORK.contains(role),
                DISTRICT_WORK.contains(role) || role == Role.BRANCH_SECRETARY,
                DISTRICT_WORK.contains(role) || role == Role.DEPARTMENT_STAFF,
                role == Role.ADMIN,
                role == Role.WORKER,
                unread);
    }

    /**
     * The layout's {@code th:with="nav=${@navBar.current()}"}: a bean rather than a model attribute, so that pages
     * rendered by exception handlers (which get no {@code @ModelAttribute}s) show the same bar.
     */
    @Component("navBar")
    public static class Current {

        private final ObjectProvider<UnreadNotices> unreadNotices;

        Current(ObjectProvider<UnreadNotices> unreadNotices) {
            this.unreadNotices = unreadNotices;
        }

        /** A visitor's bar: the same for every visitor, so the layout renders it once per language (OnceFragments). */
        public NavBar anonymous() {
            return ANONYMOUS;
        }

        /** For a signed-in user one count of unread notices (an indexed query); for a visitor no query at all. */
        public NavBar current() {
            return CurrentUsers.find()
                    .map(user -> {
                        UnreadNotices notices = unreadNotices.getIfAvailable();
                        return NavBar.of(user, notices == null ? 0 : notices.unread(user.id()));
                    })
                    .orElse(ANONYMOUS);
        }
    }
}
