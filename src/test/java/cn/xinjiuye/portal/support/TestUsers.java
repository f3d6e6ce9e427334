package cn.xinjiuye.portal.support;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;

/**
 * Signed-in people for controller slices ({@code .with(user(TestUsers.of(...)))}), where no account exists: their
 * id and user name are unique, their region is the last segment of the path.
 */
public final class TestUsers {

    private TestUsers() {}

    /** Someone of the role whose region has the path, e.g. {@code of(Role.STREET_STAFF, "/1/2/3/", "山南街道")}. */
    public static CurrentUser of(Role role, String regionPath, String regionName) {
        String[] segments = regionPath.split("/");
        long id = TestValues.next();
        return new CurrentUser(
                id,
                "user" + id,
                regionName,
                "x",
                role,
                Long.valueOf(segments[segments.length - 1]),
                regionPath,
                regionName,
                true,
                false);
    }

    /** A courier, rider or driver: a worker has no region. */
    public static CurrentUser worker() {
        long id = TestValues.next();
        return new CurrentUser(id, "user" + id, "王师傅", "x", Role.WORKER, null, null, null, true, false);
    }
}
