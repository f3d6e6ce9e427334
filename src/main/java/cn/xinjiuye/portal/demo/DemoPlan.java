package cn.xinjiuye.portal.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The steps of the demo, on the days of its year: from {@link #firstDay()} (twelve months before today) to
 * yesterday. Today itself is left to the people who open the portal, so that no demo record is dated after the
 * moment the demo was loaded, whatever the hour.
 */
public final class DemoPlan {

    /** One call of a module's services, at an instant, as a user (a username; null: anonymous, e.g. the public). */
    record Step(LocalDateTime at, String actor, int order, int sequence, String loader, Runnable action) {}

    static final Comparator<Step> CHRONOLOGICAL =
            Comparator.comparing(Step::at).thenComparingInt(Step::order).thenComparingInt(Step::sequence);

    private final LocalDate today;
    private final List<Step> steps = new ArrayList<>();
    private int order;
    private String loader = "?";

    DemoPlan(LocalDate today) {
        this.today = Objects.requireNonNull(today);
    }

    /** The real date on which the demo is loaded (the portal's zone): no step may fall on it or later. */
    public LocalDate today() {
        return today;
    }

    /** The first day of the demo's year: twelve months before today, the start of the 近12个月 period. */
    public LocalDate firstDay() {
        return today.minusMonths(12);
    }

    /** The day that many days before today (1 is yesterday). */
    public LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    /** Plans a step as this user (their username) at this instant of the portal's zone. */
    public void at(LocalDateTime at, String actor, Runnable action) {
        Objects.requireNonNull(action);
        LocalDate day = at.toLocalDate();
        if (day.isBefore(firstDay()) || !day.isBefore(today)) {
            throw new IllegalArgumentException(loader + " planned a step on " + day + ", outside the demo's year "
                    + firstDay() + " to " + today.minusDays(1));
        }
        steps.add(new Step(at, actor, order, steps.size(), loader, action));
    }

    /** Plans a step without a signed-in user: the public, or the system (a job). */
    public void anonymous(LocalDateTime at, Runnable action) {
        at(at, null, action);
    }

    void planning(DemoLoader next, String name) {
        order = next.order();
        loader = name;
    }

    List<Step> chronological() {
        return steps.stream().sorted(CHRONOLOGICAL).toList();
    }
}
