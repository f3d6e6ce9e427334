package cn.xinjiuye.portal.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The portal's Clock bean for the code Spring does not build: entities that stamp the time of a change, and view
 * records that show an instant as local time. config.TimeConfig hands it the bean at start (tests: their fixed
 * clock); services inject the Clock itself.
 */
public final class PortalTime {

    private static volatile Clock clock;

    private PortalTime() {}

    /** Called with the one Clock bean when the application starts. */
    public static void use(Clock portalClock) {
        clock = Objects.requireNonNull(portalClock);
    }

    public static Clock clock() {
        Clock c = clock;
        if (c == null) {
            throw new IllegalStateException("no clock yet: config.TimeConfig hands the Clock bean over at start");
        }
        return c;
    }

    /** This instant, on the portal's clock. */
    public static Instant now() {
        return clock().instant();
    }

    /** The instant as a date and time in the portal's zone (portal.time-zone), for pages. */
    public static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock().getZone());
    }
}
