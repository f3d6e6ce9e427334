package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Due dates that follow the holiday calendar: before the calendar of a span changes, the open cases whose running
 * time touches it are taken with the working days they were given (their limit plus any extension); after the
 * change each gets the date that many working days after its start on the new calendar. A case whose date moves
 * gets a timeline step (public: the reporter sees the new date too).
 */
@Component
@RequiredArgsConstructor
class CaseRecompute {

    record Open(long id, LocalDate startedOn, LocalDate dueOn, int workingDays) {}

    /** The cases taken before the change; {@link #apply} after it. */
    final class Before {

        private final List<Open> cases;

        private Before(List<Open> cases) {
            this.cases = cases;
        }

        /** Moves the due dates to the new calendar; the number of cases whose date changed. */
        int apply() {
            if (cases.isEmpty()) {
                return 0;
            }
            LocalDate from = cases.stream()
                    .map(Open::startedOn)
                    .min(LocalDate::compareTo)
                    .orElseThrow();
            LocalDate to =
                    cases.stream().map(Open::dueOn).max(LocalDate::compareTo).orElseThrow();
            WorkingDays.Calendar after = workingDays.between(from, to.plusDays(120));
            int moved = 0;
            for (Open c : cases) {
                LocalDate due = after.add(c.startedOn(), c.workingDays());
                if (!due.equals(c.dueOn())) {
                    jdbc.update(
                            "update gov_case set due_on = ?, version = version + 1, updated_at = ? where id = ?",
                            due,
                            Timestamp.from(clock.instant()),
                            c.id());
                    events.write(c.id(), CaseAction.RESCHEDULE, true, "case.reschedule.note", c.dueOn(), due);
                    audit.record(AuditAction.UPDATE, "GovCase", c.id(), "due_on " + c.dueOn() + " -> " + due);
                    moved++;
                }
            }
            return moved;
        }
    }

    private final JdbcTemplate jdbc;
    private final WorkingDays workingDays;
    private final SystemCaseEvents events;
    private final AuditService audit;
    private final Clock clock;

    /** Takes the open cases running over any day of [from, to], with their working days on today's calendar. */
    Before before(LocalDate from, LocalDate to) {
        List<Open> open = jdbc.query(
                "select id, started_on, due_on from gov_case where status in ('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS') "
                        + "and started_on is not null and due_on is not null and started_on < ? and due_on >= ? "
                        + "order by id for update",
                (rs, i) ->
                        new Open(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), 0),
                to,
                from);
        if (open.isEmpty()) {
            return new Before(List.of());
        }
        LocalDate start =
                open.stream().map(Open::startedOn).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = open.stream().map(Open::dueOn).max(LocalDate::compareTo).orElseThrow();
        WorkingDays.Calendar now = workingDays.between(start, end);
        return new Before(open.stream()
                .map(c -> new Open(c.id(), c.startedOn(), c.dueOn(), now.count(c.startedOn(), c.dueOn())))
                .toList());
    }
}
