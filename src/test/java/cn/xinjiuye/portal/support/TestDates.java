package cn.xinjiuye.portal.support;

import java.time.LocalDate;

/**
 * "Today" as the portal sees it: the date on the tests' clock ({@link TestClock}, Beijing), whatever zone the test
 * JVM runs in. A test takes it once and derives every other date from it (today.plusDays(1), …), so its dates agree
 * with the code's "today" at every hour, also in the eight hours each day when the date in UTC is still yesterday's.
 */
public final class TestDates {

    private TestDates() {}

    /** Today's date in Beijing on the tests' clock. */
    public static LocalDate today() {
        return LocalDate.now(TestClock.INSTANCE);
    }
}
