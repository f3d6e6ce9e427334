package cn.xinjiuye.portal.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The portal's one clock: the system time in the district's zone, unless it is held at an instant. Only the demo
 * loader holds it (it replays the demo's year day by day through the portal's own services, then lets go), and
 * tests hold it at a fixed instant; nothing else calls {@link #holdAt}.
 */
public class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant held;

    public MovableClock(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    /** From now on every reading is this instant, until {@link #release()}. */
    public void holdAt(Instant instant) {
        held = Objects.requireNonNull(instant);
    }

    /** Back to the system time. */
    public void release() {
        held = null;
    }

    public boolean isHeld() {
        return held != null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }

    @Override
    public Instant instant() {
        Instant h = held;
        return h != null ? h : Clock.systemUTC().instant();
    }
}
