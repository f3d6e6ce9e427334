package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.jobs.DailyJob;
import cn.xinjiuye.portal.jobs.JobResult;
import cn.xinjiuye.portal.jobs.JobTally;
import cn.xinjiuye.portal.jobs.Reminder;
import cn.xinjiuye.portal.jobs.Reminders;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Governance's daily jobs: reminders of cases due on the next working day (department staff), automatic 督办 of
 * long-overdue cases, next year's calendar missing (administrators), and the purge of old tracking failures.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class CaseJobs {

    /** Failed tracking look-ups count for 15 minutes; a day later they are of no use to anyone. */
    static final Duration TRACK_FAILURE_KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final WorkingDays workingDays;
    private final Reminders reminders;
    private final AccountDirectory accounts;
    private final CalendarYears years;
    private final CaseEscalations escalations;
    private final Clock clock;

    @Bean
    DailyJob caseDueSoonJob() {
        return DailyJob.of("case-due-soon", "0 0 7 * * *", this::remindDueSoon);
    }

    @Bean
    DailyJob caseEscalationJob() {
        return DailyJob.of("case-escalation", "0 10 7 * * *", escalations::escalate);
    }

    @Bean
    DailyJob calendarMissingJob() {
        return DailyJob.of("calendar-missing", "0 20 7 * * *", this::remindCalendarMissing);
    }

    @Bean
    DailyJob trackingPurgeJob() {
        return DailyJob.purge(
                "tracking-purge",
                "0 30 3 * * *",
                clock,
                TRACK_FAILURE_KEPT,
                before -> jdbc.update("delete from case_track_failure where at < ?", Timestamp.from(before)),
                "tracking failures older than a day purged");
    }

    record DueCase(long id, String caseNo, LocalDate dueOn, long departmentId) {}

    /** Running cases of a department due after today and by the next working day (Friday covers the weekend). */
    JobResult remindDueSoon(LocalDate today) {
        LocalDate next = workingDays.add(today, 1);
        List<DueCase> due = jdbc.query(
                "select id, case_no, due_on, department_id from gov_case where status in "
                        + "('ACCEPTED', 'ASSIGNED', 'IN_PROGRESS') and department_id is not null "
                        + "and due_on > ? and due_on <= ? order by id",
                (rs, i) -> new DueCase(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4)),
                today,
                next);
        int[] added = {0};
        JobTally tally = new JobTally("case-due-soon").eachDone(due, DueCase::caseNo, c -> {
            List<Long> staff = jdbc.queryForList(
                    "select account_id from department_account where department_id = ? order by account_id",
                    Long.class,
                    c.departmentId());
            added[0] += reminders.remindAll(
                    staff,
                    new Reminder(
                            0,
                            "reminder.case.dueSoon",
                            List.of(c.caseNo(), c.dueOn().toString()),
                            "/cases/" + c.id(),
                            today,
                            "case-due-" + c.id() + "-" + c.dueOn()));
        });
        return tally.result(due.size() + " cases due by " + next + ", " + added[0] + " new reminders");
    }

    /** From 1 November, while next year's arrangement is missing: one reminder per administrator and year. */
    JobResult remindCalendarMissing(LocalDate today) {
        return years.missingNextYear(today)
                .map(year -> {
                    List<Long> admins = accounts.enabledIds(Role.ADMIN, null);
                    int added = reminders.remindAll(
                            admins,
                            new Reminder(
                                    0,
                                    "reminder.calendar.missing",
                                    List.of(String.valueOf(year)),
                                    "/admin/governance?year=" + year,
                                    today,
                                    "calendar-missing-" + year));
                    return new JobResult(added, 0, year + " missing, " + added + " administrators reminded");
                })
                .orElseGet(() -> new JobResult(0, 0, "next year's calendar not due or present"));
    }
}
