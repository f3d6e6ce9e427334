package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Valid ID numbers for tests that share one database, unique within the run (from {@link TestValues}). */
public final class TestIds {

    private TestIds() {}

    /** Six digits of area and three of sequence come from one unique number; the check character is computed. */
    public static String idFor(LocalDate birth) {
        String digits = String.format("%09d", TestValues.next() % 1_000_000_000L);
        return IdNumbers.withCheck(
                digits.substring(0, 6) + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + digits.substring(6));
    }
}
