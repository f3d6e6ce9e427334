package cn.xinjiuye.portal.governance.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tests' own count of working days, by SQL straight from the holiday table (weekdays, minus its days off, plus its
 * working days): not the portal's count, which is what the tests check.
 */
final class HolidayTableCount {

    private static final String WORKED = "coalesce((select h.kind = 'WORKDAY' from holiday h where h.day = "
            + "cast(d as date)), extract(isodow from d) < 6)";

    private HolidayTableCount() {}

    /** The n-th working day after the start (within 60 days). */
    static LocalDate nthAfter(JdbcTemplate jdbc, LocalDate start, int n) {
        return jdbc.queryForObject(
                "select d::date from generate_series(cast(? as date) + 1, cast(? as date) + 60, interval '1 day') d "
                        + "where " + WORKED + " order by d offset ? limit 1",
                LocalDate.class,
                start,
                start,
                n - 1);
    }

    /** The working days in (from, to]. */
    static int between(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        return jdbc.queryForObject(
                "select count(*) from generate_series(cast(? as date) + 1, cast(? as date), interval '1 day') d "
                        + "where " + WORKED,
                Integer.class,
                from,
                to);
    }
}
