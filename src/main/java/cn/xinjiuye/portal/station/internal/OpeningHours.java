package cn.xinjiuye.portal.station.internal;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours per weekday, Monday first. Each day is "24h", "closed" or "HH:mm-HH:mm" with the closing time after
 * the opening time (a station open past midnight uses 24h). Stored as the seven entries joined by commas; the SQL
 * function {@code station_open_at} reads the same format for the nearby search.
 */
public final class OpeningHours {

    public static final String ALL_DAY = "24h";
    public static final String CLOSED = "closed";
    private static final Pattern RANGE =
            Pattern.compile("^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]):([0-5][0-9])$");
    // Compiled once: every nearby hit parses its seven days (a profile found String.matches compiling per call).
    private static final Pattern ONE_DIGIT_OPEN = Pattern.compile("^[0-9]:");
    private static final Pattern ONE_DIGIT_CLOSE = Pattern.compile("-([0-9]):");

    private final List<String> days;

    private OpeningHours(List<String> days) {
        this.days = List.copyOf(days);
    }

    /** Parses the stored form; throws IllegalArgumentException naming the first bad day (0 = Monday). */
    public static OpeningHours parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(",", -1);
        if (parts.length != 7) {
            throw new IllegalArgumentException("seven days expected: " + stored);
        }
        return of(List.of(parts));
    }

    /** From what a person typed per day: blank or 休息 is closed, "24h"/"24小时" is all day. */
    public static OpeningHours of(List<String> typed) {
        List<String> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            String day = normalize(d < typed.size() ? typed.get(d) : null);
            if (day == null) {
                throw new InvalidDay(d);
            }
            days.add(day);
        }
        return new OpeningHours(days);
    }

    /** The normalized form of one day, or null when it cannot be read. */
    public static String normalize(String typed) {
        if (typed == null) {
            return CLOSED;
        }
        String t = typed.trim()
                .replace('：', ':')
                .replace('—', '-')
                .replace('–', '-')
                .replace('~', '-')
                .replace('～', '-')
                .replace(" ", "");
        if (t.isEmpty() || t.equalsIgnoreCase(CLOSED) || t.equals("休息") || t.equals("闭馆")) {
            return CLOSED;
        }
        if (t.equalsIgnoreCase(ALL_DAY) || t.equals("24小时") || t.equals("00:00-24:00")) {
            return ALL_DAY;
        }
        if (ONE_DIGIT_OPEN.matcher(t).lookingAt()) {
            t = "0" + t;
        }
        t = ONE_DIGIT_CLOSE.matcher(t).replaceFirst("-0$1:");
        Matcher m = RANGE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        int open = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        int close = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
        return close > open ? t : null;
    }

    public static OpeningHours everyDay(String day) {
        return of(List.of(day, day, day, day, day, day, day));
    }

    public String stored() {
        return String.join(",", days);
    }

    /** The entry of a weekday: "24h", "closed" or "08:00-20:00". */
    public String day(DayOfWeek dayOfWeek) {
        return days.get(dayOfWeek.getValue() - 1);
    }

    public List<String> days() {
        return days;
    }

    public boolean isOpenAt(LocalDateTime at) {
        String day = day(at.getDayOfWeek());
        if (ALL_DAY.equals(day)) {
            return true;
        }
        if (CLOSED.equals(day)) {
            return false;
        }
        LocalTime time = at.toLocalTime();
        LocalTime open = LocalTime.parse(day.substring(0, 5));
        LocalTime close = LocalTime.parse(day.substring(6, 11));
        return !time.isBefore(open) && time.isBefore(close);
    }

    /**
     * Minutes from {@code at} until today's closing time while open, or -1 when closed now or open all day (a 24h day
     * has no closing time to announce).
     */
    public int minutesToClose(LocalDateTime at) {
        String day = day(at.getDayOfWeek());
        if (ALL_DAY.equals(day) || !isOpenAt(at)) {
            return -1;
        }
        int close = Integer.parseInt(day.substring(6, 8)) * 60 + Integer.parseInt(day.substring(9, 11));
        return close - (at.getHour() * 60 + at.getMinute());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpeningHours other && other.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return stored();
    }

    /** A day that is neither closed, 24h nor a range with the closing time after the opening time. */
    public static final class InvalidDay extends IllegalArgumentException {

        private final int day;

        InvalidDay(int day) {
            super("invalid opening hours on day " + day);
            this.day = day;
        }

        /** 0 = Monday. */
        public int day() {
            return day;
        }
    }
}
