package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.jobs.DailyJob;
import cn.xinjiuye.portal.jobs.JobResult;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestCases;
import cn.xinjiuye.portal.support.TestValues;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Governance's daily jobs driven with fixed dates (the schedule is off in tests): reminders of cases due on the next
 * working day, 督办 up the region tree, and each run's idempotence.
 */
@IntegrationTest
class CaseJobsIntegrationTest {

    /** A Tuesday in March 2026, with no holiday near it (V30). */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("caseDueSoonJob")
    DailyJob dueSoon;

    @Autowired
    @Qualifier("caseEscalationJob")
    DailyJob escalation;

    @Autowired
    @Qualifier("trackingPurgeJob")
    DailyJob purge;

    long fireBrigade() {
        return jdbc.queryForObject(
                "select department_id from department_account where account_id = "
                        + "(select id from account where username = 'xiaofang')",
                Long.class);
    }

    long accountId(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    long runningCase(LocalDate startedOn, LocalDate dueOn) {
        return TestCases.in(jdbc, "210302011001")
                .numbered("GZJ")
                .category("FIRE_SAFETY")
                .description(TestValues.name("任务 "))
                .status("IN_PROGRESS")
                .department(fireBrigade())
                .running(startedOn, dueOn)
                .insert();
    }

    int reminders(long accountId, String key) {
        return jdbc.queryForObject(
                "select count(*) from reminder where account_id = ? and dedupe_key = ?", Integer.class, accountId, key);
    }

    int count(String sql, long caseId) {
        return jdbc.queryForObject(sql, Integer.class, caseId);
    }

    @Test
    void aCaseDueTomorrowRemindsTheDepartmentOnceHoweverOftenTheJobRuns() {
        long due = runningCase(TODAY.minusDays(2), TODAY.plusDays(1));
        long later = runningCase(TODAY.minusDays(2), TODAY.plusDays(5));
        long xiaofang = accountId("xiaofang");

        JobResult first = dueSoon.run(TODAY);
        dueSoon.run(TODAY);

        assertThat(first.failed()).isZero();
        assertThat(reminders(xiaofang, "case-due-" + due + "-" + TODAY.plusDays(1)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder where dedupe_key like ?",
                        Integer.class,
                        "case-due-" + later + "-%"))
                .isZero();
    }

    @Test
    void onFridayACaseDueOnMondayIsRemindedBecauseMondayIsTheNextWorkingDay() {
        LocalDate friday = LocalDate.of(2026, 3, 13);
        long monday = runningCase(friday.minusDays(3), friday.plusDays(3));

        dueSoon.run(friday);

        assertThat(reminders(accountId("xiaofang"), "case-due-" + monday + "-" + friday.plusDays(3)))
                .isEqualTo(1);
    }

    @Test
    void anOverdueCaseGoesToTheStreetAfterTwoWorkingDaysAndToTheDistrictAfterFiveOnce() {
        // Due Thursday 5 March: on Tuesday 10 March it is 3 working days overdue (6, 9, 10 March).
        long street = runningCase(LocalDate.of(2026, 2, 26), LocalDate.of(2026, 3, 5));
        // Due Monday 2 March: 6 working days overdue.
        long district = runningCase(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 3, 2));
        // Due Monday 9 March: 1 working day overdue, nothing yet.
        long early = runningCase(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9));

        escalation.run(TODAY);
        escalation.run(TODAY);

        String levels = "select count(*) from case_escalation where case_id = ?";
        String steps = "select count(*) from case_event where case_id = ? and action = 'ESCALATE' and actor = 'system'";
        String notes = "select count(*) from case_supervision where case_id = ? and noted_by = 'system'";
        assertThat(count(levels, street)).isEqualTo(1);
        assertThat(count(steps, street)).isEqualTo(1);
        assertThat(count(notes, street)).isEqualTo(1);
        assertThat(count(levels, district)).isEqualTo(2);
        assertThat(count(steps, district)).isEqualTo(2);
        assertThat(count(levels, early)).isZero();
        assertThat(jdbc.queryForObject(
                        "select note from case_event where case_id = ? and action = 'ESCALATE'", String.class, street))
                .contains("3")
                .contains("街道");
        assertThat(reminders(accountId("shannan"), "case-escalated-" + street + "-STREET"))
                .isEqualTo(1);
        assertThat(reminders(accountId("tiedong"), "case-escalated-" + district + "-DISTRICT"))
                .isEqualTo(1);
        assertThat(reminders(accountId("tiedong"), "case-escalated-" + street + "-DISTRICT"))
                .isZero();
        // Each 督办 is a notice to the department, each reminder a notice to the level's staff.
        assertThat(notices(accountId("xiaofang"), street, "notice.case.supervised"))
                .isEqualTo(1);
        assertThat(notices(accountId("xiaofang"), district, "notice.case.supervised"))
                .isEqualTo(2);
        assertThat(notices(accountId("shannan"), street, "reminder.case.escalated"))
                .isEqualTo(1);
        assertThat(notices(accountId("xiaofang"), early, "notice.case.supervised"))
                .isZero();
    }

    int notices(long accountId, long caseId, String key) {
        return jdbc.queryForObject(
                "select count(*) from notification where account_id = ? and link = ? and message_key = ?",
                Integer.class,
                accountId,
                "/cases/" + caseId,
                key);
    }

    @Test
    void thePurgeDeletesTrackingFailuresOlderThanADayAndKeepsRecentOnes() {
        String old = TestValues.address();
        String recent = TestValues.address();
        jdbc.update(
                "insert into case_track_failure (remote_addr, at) values (?, ?)",
                old,
                Timestamp.from(Instant.now().minusSeconds(3 * 86400)));
        jdbc.update("insert into case_track_failure (remote_addr, at) values (?, now())", recent);

        purge.run(TODAY);

        String sql = "select count(*) from case_track_failure where remote_addr = ?";
        assertThat(jdbc.queryForObject(sql, Integer.class, old)).isZero();
        assertThat(jdbc.queryForObject(sql, Integer.class, recent)).isEqualTo(1);
    }
}
