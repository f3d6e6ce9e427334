package cn.xinjiuye.portal.benchmark;

import java.util.function.DoublePredicate;

/** What a figure must reach, as printed in the results ("≤ 50 ms"); {@link #NONE} for a figure that is only shown. */
record Target(String text, DoublePredicate met) {

    static final Target NONE = new Target("", v -> true);

    static Target atMost(double limit, String unit) {
        return new Target("≤ " + BenchmarkTable.number(limit) + unit(unit), v -> v <= limit);
    }

    static Target atLeast(double limit, String unit) {
        return new Target("≥ " + BenchmarkTable.number(limit) + unit(unit), v -> v >= limit);
    }

    /** A yes/no check, measured as 1 (yes) or 0 (no). */
    static Target yes() {
        return new Target("yes", v -> v == 1);
    }

    boolean isNone() {
        return text.isEmpty();
    }

    private static String unit(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }
}
