package cn.xinjiuye.portal.common;

/**
 * Who did something, as a staff page names them: a colleague by display name; a resident (a worker, a reporter)
 * by masked name and phone, {@code 李** 138****0011}, never by a user name that is their mobile number; or no person
 * at all, by a message key (匿名群众, 系统). Templates show it with {@code fragments/people :: actor(a)}.
 */
public record Actor(String messageKey, String name, String phone, boolean resident) {

    public static Actor nobody(String messageKey) {
        return new Actor(messageKey, null, null, false);
    }

    public static Actor staff(String displayName) {
        return new Actor(null, displayName, null, false);
    }

    public static Actor resident(String name, String phone) {
        return new Actor(null, name, phone, true);
    }
}
