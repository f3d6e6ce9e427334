package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Valid, practically unique ID numbers for tests that share one database. */
public final class TestIds {

    private TestIds() {}

    public static String idFor(LocalDate birth) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String area = String.valueOf(r.nextInt(110000, 660000));
        return IdNumbers.withCheck(
                area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", r.nextInt(1000)));
    }
}
