package cn.xinjiuye.portal.governance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The rules of GeoReport's query parameters: comma lists, ISO 8601 datetimes, a window of at most 90 days (the last
 * 90 days when no date is given) and pages of at most 1000 rows ({@code page} from 1 and {@code page_size}, the
 * portal's documented extension).
 */
final class Open311Params {

    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final int MAX_PAGE_SIZE = 1000;

    private Open311Params() {}

    record Window(Instant from, Instant to) {}

    record Paging(int limit, long offset) {}

    /** The values of a comma-separated list, trimmed, empty ones left out; empty when not given. */
    static List<String> list(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    static List<CaseCategory> categories(String value) {
        return list(value).stream().map(Open311Params::category).toList();
    }

    static CaseCategory category(String code) {
        try {
            return CaseCategory.valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Open311Exception.notFound("unknown service_code " + code.trim());
        }
    }

    /**
     * The window asked: both dates, one of them (the other 90 days away), or none when {@code required} is false (the
     * last 90 days).
     */
    static Window window(String start, String end, boolean required, Clock clock) {
        Instant from = instant(start, "start_date", clock);
        Instant to = instant(end, "end_date", clock);
        if (required && (from == null || to == null)) {
            throw Open311Exception.badRequest("start_date and end_date are both required");
        }
        if (from == null && to == null) {
            to = clock.instant();
        }
        from = from != null ? from : to.minus(MAX_WINDOW);
        to = to != null ? to : from.plus(MAX_WINDOW);
        if (to.isBefore(from)) {
            throw Open311Exception.badRequest("end_date is before start_date");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw Open311Exception.badRequest("the range from start_date to end_date is longer than 90 days");
        }
        return new Window(from, to);
    }

    /** page (from 1) and page_size (default and cap 1000: a larger size is capped, not refused). */
    static Paging paging(String page, String pageSize) {
        int p = number(page, "page", 1);
        int size = Math.min(number(pageSize, "page_size", MAX_PAGE_SIZE), MAX_PAGE_SIZE);
        if (p < 1 || size < 1) {
            throw Open311Exception.badRequest("page and page_size start at 1");
        }
        return new Paging(size, (long) (p - 1) * size);
    }

    /** ISO 8601 with the portal's offset, to the second (2026-12-01T09:30:00+08:00). */
    static String time(Instant instant, Clock clock) {
        return instant == null
                ? null
                : instant.atZone(clock.getZone())
                        .toOffsetDateTime()
                        .truncatedTo(ChronoUnit.SECONDS)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Instant instant(String s, String field, Clock clock) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.trim()).atStartOfDay(clock.getZone()).toInstant();
            } catch (DateTimeParseException notADate) {
                throw Open311Exception.badRequest(
                        field + " is not ISO 8601: give e.g. 2026-11-01T00:00:00+08:00 or 2026-11-01");
            }
        }
    }

    private static int number(String s, String field, int otherwise) {
        if (s == null || s.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw Open311Exception.badRequest(field + " is not a whole number");
        }
    }
}
