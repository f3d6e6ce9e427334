package cn.xinjiuye.portal.support;

import cn.xinjiuye.portal.common.time.MovableClock;
import cn.xinjiuye.portal.common.time.PortalTime;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The clock of every test context: the primary Clock bean (registered by {@link TestDatabaseContextCustomizerFactory},
 * so it creates no extra Spring context) and the one entities read through {@link PortalTime}. It runs with the real
 * time until a test fixes it ({@link #setBeijing}), and a test that fixes it resets it afterwards ({@link #reset()},
 * best in an {@code @AfterEach}), so that the next test sees the real time again. Tests run one after another in one
 * JVM, so one shared clock is enough.
 */
public final class TestClock extends MovableClock {

    /** The district's zone, as portal.time-zone has it by default. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static final TestClock INSTANCE = new TestClock();

    static {
        PortalTime.use(INSTANCE);
    }

    private TestClock() {
        super(ZONE);
    }

    /** Stops the clock at this date and time in Beijing. */
    public static void setBeijing(LocalDateTime beijing) {
        INSTANCE.holdAt(beijing.atZone(ZONE).toInstant());
    }

    /** Back to the real time. */
    public static void reset() {
        INSTANCE.release();
    }
}
