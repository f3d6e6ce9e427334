package cn.xinjiuye.portal.governance.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar: Monday to Friday, minus the public holidays, plus the make-up working days (调休) of the
 * {@code holiday} table. Read from the table on each use, so administrators' edits apply at once.
 */
@Component
@RequiredArgsConstructor
public class WorkingDays {

    private final JdbcTemplate jdbc;

    /** A snapshot of the calendar between two dates (inclusive). */
    public Calendar between(LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> special = new HashMap<>();
        jdbc.query(
                "select day, kind from holiday where day between ? and ?",
                rs -> {
                    special.put(rs.getObject(1, LocalDate.class), "WORKDAY".equals(rs.getString(2)));
                },
                from,
                to);
        return new Calendar(special);
    }

    /** The date that lies {@code days} working days after {@code start}. */
    public LocalDate add(LocalDate start, int days) {
        return between(start, start.plusDays(days * 3L + 30)).add(start, days);
    }

    public record Calendar(Map<LocalDate, Boolean> special) {

        public boolean isWorkingDay(LocalDate d) {
            Boolean s = special.get(d);
            if (s != null) {
                return s;
            }
            return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        public LocalDate add(LocalDate start, int days) {
            LocalDate d = start;
            int left = days;
            while (left > 0) {
                d = d.plusDays(1);
                if (isWorkingDay(d)) {
                    left--;
                }
            }
            return d;
        }

        /** Working days in (from, to]; 0 when to is not after from. */
        public int count(LocalDate from, LocalDate to) {
            int n = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    n++;
                }
            }
            return n;
        }
    }
}
