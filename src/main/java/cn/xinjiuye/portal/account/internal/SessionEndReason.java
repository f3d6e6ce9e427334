package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.common.Labelled;
import java.util.Arrays;
import java.util.Optional;

/** Why every session of an account (or one of them) was ended: told on the sign-in page the browser lands on. */
public enum SessionEndReason implements Labelled {
    DISABLED,
    ROLE_CHANGED,
    REGION_CHANGED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    REGION_MOVED,
    REGION_DEACTIVATED,
    ENDED_BY_ADMIN,
    SIGNED_OUT_EVERYWHERE,
    PHONE_CHANGED;

    /** The reason named in a URL, if it is one (anything else is ignored, never an error). */
    public static Optional<SessionEndReason> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    @Override
    public String messageKey() {
        return "session.ended." + name();
    }
}
