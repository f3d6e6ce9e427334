package cn.xinjiuye.portal.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deadlines of cases: the time limit of a category in working days (shorter on the green channel), the due date it
 * gives from a start date on the holiday calendar, and the traffic light of a running case.
 */
@Component
@RequiredArgsConstructor
public class CaseDeadlines {

    private final WorkingDays workingDays;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Value("${portal.governance.acceptance-working-days:1}")
    private final int acceptanceDays;

    /** Today in the district (the portal's clock). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The time limit of the category in working days, from the table administrators edit. */
    int limit(CaseCategory category, boolean greenChannel) {
        return jdbc.queryForObject(
                "select " + (greenChannel ? "green_days" : "working_days") + " from category_limit where category = ?",
                Integer.class,
                category.name());
    }

    /** The due date of a case of this category started on {@code start}. */
    public LocalDate dueOn(CaseCategory category, boolean greenChannel, LocalDate start) {
        return workingDays.add(start, limit(category, greenChannel));
    }

    /** Starts the case's clock today, with the limit of its category. */
    void startToday(GovCase c) {
        LocalDate today = today();
        c.schedule(today, dueOn(c.getCategory(), c.isGreenChannel(), today));
    }

    /**
     * A filed case waits for acceptance: it is due for it {@code portal.governance.acceptance-working-days} working
     * days after today (default 1), and overdue (red, on the overdue list) after that. Accepting starts its own clock.
     */
    void awaitAcceptance(GovCase c) {
        LocalDate today = today();
        c.schedule(today, workingDays.add(today, acceptanceDays));
    }

    /**
     * A concern-list item (唠家常清单) of a reception is due one week after the session, on the next working day when
     * that is a rest day; a green-channel item has its category's green-channel limit when that is shorter.
     */
    LocalDate concernDue(CaseCategory category, boolean greenChannel, LocalDate heldOn) {
        LocalDate week = heldOn.plusWeeks(1);
        LocalDate due = workingDays.between(week, week).isWorkingDay(week) ? week : workingDays.add(week, 1);
        if (greenChannel) {
            LocalDate green = dueOn(category, true, heldOn);
            return green.isBefore(due) ? green : due;
        }
        return due;
    }

    /** The due date moved by an approved extension: working days after the current due date (or today). */
    LocalDate extended(LocalDate due, int days) {
        return workingDays.add(due == null ? today() : due, days);
    }

    /** What the light of a case depends on. */
    public record Schedule(CaseStatus status, LocalDate startedOn, LocalDate dueOn) {}

    /** The lights of these cases, from one read of the holiday calendar. */
    public Lights lights(Collection<Schedule> schedules) {
        LocalDate today = today();
        LocalDate from = schedules.stream()
                .map(Schedule::startedOn)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(today);
        LocalDate to = schedules.stream()
                .map(Schedule::dueOn)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(today);
        return new Lights(workingDays.between(from.minusDays(1), to.isAfter(today) ? to : today), today);
    }

    /** The calendar of a list of cases and the day it is lit on. */
    public record Lights(WorkingDays.Calendar calendar, LocalDate today) {

        public TrafficLight of(Schedule s) {
            return light(s.status(), s.startedOn(), s.dueOn(), calendar, today);
        }
    }

    static TrafficLight light(GovCase c, WorkingDays.Calendar cal, LocalDate today) {
        return light(c.getStatus(), c.getStartedOn(), c.getDueOn(), cal, today);
    }

    /**
     * Green under 80 % of the working days used, yellow from there to the due date, red after it; a case waiting
     * for acceptance runs against its acceptance limit.
     */
    static TrafficLight light(
            CaseStatus status, LocalDate startedOn, LocalDate dueOn, WorkingDays.Calendar cal, LocalDate today) {
        if (!status.hasDeadline() || dueOn == null) {
            return TrafficLight.NONE;
        }
        if (today.isAfter(dueOn)) {
            return TrafficLight.RED;
        }
        LocalDate start = startedOn == null ? today : startedOn;
        int total = Math.max(1, cal.count(start, dueOn));
        int used = cal.count(start, today);
        return used * 10 >= total * 8 ? TrafficLight.YELLOW : TrafficLight.GREEN;
    }
}
