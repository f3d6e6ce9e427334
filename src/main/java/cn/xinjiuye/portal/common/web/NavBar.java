package cn.xinjiuye.portal.common.web;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import java.util.EnumSet;
import java.util.Set;
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
        boolean worker) {

    static final NavBar ANONYMOUS = new NavBar(false, null, false, false, false, false, false);

    private static final Set<Role> DISTRICT_WORK =
            EnumSet.of(Role.ADMIN, Role.ORG_STAFF, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);

    static NavBar of(CurrentUser user) {
        Role role = user.role();
        return new NavBar(
                true,
                user.displayName(),
                DISTRICT_WORK.contains(role),
                DISTRICT_WORK.contains(role) || role == Role.BRANCH_SECRETARY,
                DISTRICT_WORK.contains(role) || role == Role.DEPARTMENT_STAFF,
                role == Role.ADMIN,
                role == Role.WORKER);
    }

    /**
     * The layout's {@code th:with="nav=${@navBar.current()}"}: a bean rather than a model attribute, so that pages
     * rendered by exception handlers (which get no {@code @ModelAttribute}s) show the same bar.
     */
    @Component("navBar")
    public static class Current {

        public NavBar current() {
            return CurrentUsers.find().map(NavBar::of).orElse(ANONYMOUS);
        }
    }
}
