package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.jobs.JobResult;
import cn.xinjiuye.portal.jobs.JobTally;
import cn.xinjiuye.portal.jobs.Reminder;
import cn.xinjiuye.portal.jobs.Reminders;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic 督办 up the region tree: a case overdue by {@code portal.governance.escalate-to-street-after} working days
 * goes to its street, by {@code escalate-to-district-after} to its district. Each level once per case (the
 * {@code case_escalation} row), with a supervision note, a timeline step and reminders to that level's staff, all in
 * one transaction per case.
 */
@Component
@RequiredArgsConstructor
class CaseEscalations {

    enum Level {
        STREET(Role.STREET_STAFF),
        DISTRICT(Role.ORG_STAFF);

        final Role staff;

        Level(Role staff) {
            this.staff = staff;
        }
    }

    record Overdue(long id, String caseNo, LocalDate dueOn, long streetId, Long districtId, String levels) {}

    private final JdbcTemplate jdbc;
    private final WorkingDays workingDays;
    private final SystemCaseEvents events;
    private final Reminders reminders;
    private final AccountDirectory accounts;
    private final CaseNotices notices;
    private final TransactionTemplate tx;

    @Value("${portal.governance.escalate-to-street-after:2}")
    private final int streetAfter;

    @Value("${portal.governance.escalate-to-district-after:5}")
    private final int districtAfter;

    JobResult escalate(LocalDate today) {
        List<Overdue> overdue = jdbc.query(
                """
                select c.id, c.case_no, c.due_on, street.id, street.parent_id,
                       coalesce((select string_agg(e.level, ',') from case_escalation e where e.case_id = c.id), '')
                from gov_case c
                join region community on community.id = c.community_id
                join region street on street.id = community.parent_id
                where c.status in %s and c.due_on < ?
                order by c.due_on, c.id
                """.formatted(CaseStatus.WITH_DEADLINE_SQL),
                (rs, i) -> new Overdue(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getLong(4),
                        (Long) rs.getObject(5),
                        rs.getString(6)),
                today);
        if (overdue.isEmpty()) {
            return new JobResult(0, 0, "no overdue cases");
        }
        WorkingDays.Calendar cal = workingDays.between(overdue.get(0).dueOn(), today);
        JobTally tally = new JobTally("case-escalation").each(overdue, Overdue::caseNo, c -> {
            int days = cal.count(c.dueOn(), today);
            boolean changed = false;
            if (days >= streetAfter && !c.levels().contains(Level.STREET.name())) {
                changed = escalate(c, Level.STREET, c.streetId(), days, today);
            }
            if (days >= districtAfter && c.districtId() != null && !c.levels().contains(Level.DISTRICT.name())) {
                changed |= escalate(c, Level.DISTRICT, c.districtId(), days, today);
            }
            return changed;
        });
        return tally.result(overdue.size() + " overdue cases looked at (street after " + streetAfter
                + ", district after " + districtAfter + " working days)");
    }

    /** One level for one case, in one transaction; false when another run did it first. */
    private boolean escalate(Overdue c, Level level, long regionId, int days, LocalDate today) {
        return Boolean.TRUE.equals(tx.execute(s -> {
            int inserted = jdbc.update(
                    "insert into case_escalation (case_id, level, escalated_on, overdue_days) values (?, ?, ?, ?) "
                            + "on conflict do nothing",
                    c.id(),
                    level.name(),
                    today,
                    days);
            if (inserted == 0) {
                return false;
            }
            String note = "case.escalation.note." + level.name();
            events.supervise(c.id(), note, days);
            events.write(c.id(), CaseAction.ESCALATE, false, note, days);
            notices.escalated(c.id());
            reminders.remindAll(
                    accounts.enabledIds(level.staff, regionId),
                    new Reminder(
                            0,
                            "reminder.case.escalated",
                            List.of(c.caseNo(), String.valueOf(days)),
                            "/cases/" + c.id(),
                            today,
                            "case-escalated-" + c.id() + "-" + level.name()));
            return true;
        }));
    }
}
