package cn.xinjiuye.portal.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * "Today" as the portal sees it: the date in Asia/Shanghai, whatever zone the test JVM runs in. A test takes it once
 * and derives every other date from it (today.plusDays(1), …), so its dates agree with the code's "today" at every
 * hour, also in the eight hours each day when the date in UTC is still yesterday's.
 */
public final class TestDates {

    /** The portal's zone, the same as the code's constants (OpeningHours.ZONE, Period's CHINA, CaseService.ZONE). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private TestDates() {}

    /** Today's date in Beijing. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
