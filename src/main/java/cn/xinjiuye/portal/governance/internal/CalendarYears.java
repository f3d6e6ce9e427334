package cn.xinjiuye.portal.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which years the holiday calendar knows ({@code calendar_year}): a deadline that runs into another year is counted
 * on weekends only and is provisional (暂定). From 1 November the next year is expected.
 */
@Component
@RequiredArgsConstructor
public class CalendarYears {

    /** From this month on, next year's arrangement should be in (the State Council publishes it in autumn). */
    static final Month WARN_FROM = Month.NOVEMBER;

    /** For the calendar page: next year when it is missing (from 1 November), and whether the shown year is known. */
    public record Status(Integer missingNextYear, boolean shownYearKnown) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Status status(int shownYear) {
        return new Status(missingNextYear(LocalDate.now(clock)).orElse(null), isKnown(shownYear));
    }

    /** Next year when it is missing and the warning is due, for today in the portal's zone. */
    public Optional<Integer> missingNextYear() {
        return missingNextYear(LocalDate.now(clock));
    }

    public Set<Integer> known() {
        return new TreeSet<>(jdbc.queryForList("select year from calendar_year", Integer.class));
    }

    public boolean isKnown(int year) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from calendar_year where year = ?)", Boolean.class, year));
    }

    /** Next year, when it is 1 November or later and next year's arrangement is missing. */
    public Optional<Integer> missingNextYear(LocalDate today) {
        int next = today.getYear() + 1;
        if (today.getMonthValue() < WARN_FROM.getValue() || isKnown(next)) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    /** Whether a deadline from {@code start} to {@code due} touches a year the calendar does not know. */
    public static boolean provisional(Set<Integer> known, LocalDate start, LocalDate due) {
        if (due == null) {
            return false;
        }
        int from = start == null ? due.getYear() : Math.min(start.getYear(), due.getYear());
        for (int y = from; y <= due.getYear(); y++) {
            if (!known.contains(y)) {
                return true;
            }
        }
        return false;
    }
}
