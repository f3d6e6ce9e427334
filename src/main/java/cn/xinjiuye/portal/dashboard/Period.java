package cn.xinjiuye.portal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a dashboard shows: a month ("2026-03"), a quarter ("2026-Q1"), a year ("2026") or the rolling last twelve
 * months up to today ({@value #LAST_12_MONTHS}, 近12个月, the default), as the half-open date range [from, to), seen on
 * the day {@code asOf} (today on the portal's clock: its charts stop at that month). Periods before 2015 or after the
 * current one are out of range.
 */
public record Period(Kind kind, LocalDate from, LocalDate to, String code, LocalDate asOf) {

    public enum Kind {
        MONTH,
        QUARTER,
        YEAR,
        /** 近12个月: from the same day twelve months ago up to today, both included. */
        LAST_12_MONTHS
    }

    /** The code of the rolling last twelve months, in links and the period box. */
    public static final String LAST_12_MONTHS = "12M";

    /** What a person may also type for it. */
    private static final java.util.Set<String> LAST_12_MONTHS_WORDS = java.util.Set.of("12M", "近12个月", "LAST12");

    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    public static final int FIRST_YEAR = 2015;

    /** Empty when the text is no period or lies outside what the portal can show. */
    public static Optional<Period> parse(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase();
        if (LAST_12_MONTHS_WORDS.contains(t)) {
            return Optional.of(lastTwelveMonths(today));
        }
        Period p = null;
        Matcher m;
        if ((m = MONTH.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), month, 1);
                p = new Period(Kind.MONTH, from, from.plusMonths(1), t, today);
            }
        } else if ((m = QUARTER.matcher(t)).matches()) {
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
            p = new Period(Kind.QUARTER, from, from.plusMonths(3), t, today);
        } else if ((m = YEAR.matcher(t)).matches()) {
            LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            p = new Period(Kind.YEAR, from, from.plusYears(1), t, today);
        }
        if (p == null || p.from.getYear() < FIRST_YEAR || p.from.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    public static Period currentYear(LocalDate today) {
        return parse(String.valueOf(today.getYear()), today).orElseThrow();
    }

    /**
     * 近12个月, the dashboard's default: from the same day twelve months ago (the first day of the demo's year) up to
     * and including today.
     */
    public static Period lastTwelveMonths(LocalDate today) {
        return new Period(Kind.LAST_12_MONTHS, today.minusMonths(12), today.plusDays(1), LAST_12_MONTHS, today);
    }

    /** Whether this is the rolling 近12个月 (pages name it in words rather than by its code). */
    public boolean rolling() {
        return kind == Kind.LAST_12_MONTHS;
    }

    /**
     * The first month of the monthly charts: January of the period's year, or the month where the rolling twelve
     * months begin.
     */
    public YearMonth firstChartMonth() {
        return rolling() ? YearMonth.from(from) : YearMonth.of(from.getYear(), 1);
    }

    /** The first day of the monthly charts and the day after their last: bounds for a chart's query. */
    public LocalDate chartStart() {
        return firstChartMonth().atDay(1);
    }

    public LocalDate chartEnd() {
        return lastChartMonth().plusMonths(1).atDay(1);
    }

    /** The months of the monthly charts, "2026-01" onwards: their categories. */
    public List<String> chartMonths() {
        List<String> months = new ArrayList<>();
        for (YearMonth m = firstChartMonth(); !m.isAfter(lastChartMonth()); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    /** A monthly series in {@link #chartMonths()} order from values keyed "YYYY-MM", zero where there are none. */
    public List<Number> monthly(Map<String, ? extends Number> byMonth) {
        return chartMonths().stream()
                .<Number>map(m -> byMonth.containsKey(m) ? byMonth.get(m) : 0)
                .toList();
    }

    public YearMonth lastChartMonth() {
        YearMonth end = YearMonth.from(to.minusDays(1));
        YearMonth now = YearMonth.from(asOf);
        return end.isAfter(now) ? now : end;
    }
}
