package cn.xinjiuye.portal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestCases;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestDates;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * "Today" at the edges, on a JVM in UTC (the suite runs with -Duser.timezone=UTC): at 00:30 Beijing time the date in
 * UTC is still yesterday's, so anything that takes its date from the JVM instead of the portal's clock fails here.
 * The expected dates are typed from the calendar, not computed.
 */
@IntegrationTest
class ClockEdgesIntegrationTest extends PortalIntegrationTest {

    @AfterEach
    void realTimeAgain() {
        TestClock.reset();
    }

    @Test
    void theClockIsInBeijingWhileTheJvmIsInUtc() {
        TestClock.setBeijing(LocalDateTime.of(2026, 1, 1, 0, 30));
        assertThat(TestClock.INSTANCE.instant().atOffset(ZoneOffset.UTC).toLocalDate())
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(TestDates.today()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void atHalfPastMidnightOnNewYearsDayAMeetingHeldTodayIsAcceptedAndTomorrowIsNot() throws Exception {
        TestClock.setBeijing(LocalDateTime.of(2026, 1, 1, 0, 30));
        String topic = TestValues.name("元旦零点");
        recordMeeting(LocalDate.of(2026, 1, 1), topic).andExpect(status().is3xxRedirection());
        assertThat(meetings(topic)).isEqualTo(1);
        recordMeeting(LocalDate.of(2026, 1, 2), topic + "次日")
                .andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "organization.error.future"));
    }

    @Test
    void aCaseAcceptedAtHalfPastMidnightOnNewYearsDayStartsThatDay() throws Exception {
        TestClock.setBeijing(LocalDateTime.of(2026, 1, 1, 0, 30));
        // Fire safety: 3 working days. 1-3 January 2026 are off (元旦), Sunday 4 January is worked (调休): 4, 5, 6.
        assertThat(acceptedNow("FIRE_SAFETY")).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6));
    }

    @Test
    void atHalfPastMidnightOnTheFirstOfAMonthTodayIsTheFirstNotTheLastDayOfTheMonthBefore() throws Exception {
        // 1 July 2026, 00:30 in Beijing; in UTC still 30 June.
        TestClock.setBeijing(LocalDateTime.of(2026, 7, 1, 0, 30));
        // Sanitation: 5 working days from Wednesday 1 July: 2, 3, 6, 7, 8 July.
        assertThat(acceptedNow("SANITATION")).containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 8));
        String topic = TestValues.name("月初零点");
        recordMeeting(LocalDate.of(2026, 7, 1), topic).andExpect(status().is3xxRedirection());
        // The dashboard's current month is July: it is no future period, and August is.
        dashboard("2026-07").andExpect(model().attributeDoesNotExist("periodError"));
        dashboard("2026-08").andExpect(model().attribute("periodError", "dashboard.error.period"));
    }

    @Test
    void on29February2028TheDashboardsMonthAndYearAndAMeetingHeldTodayAreThatDays() throws Exception {
        // Tuesday 29 February 2028, 00:30 in Beijing; in UTC still Monday 28 February.
        TestClock.setBeijing(LocalDateTime.of(2028, 2, 29, 0, 30));
        // The default period is 近12个月; the year of that day is a period of the past, the next year is not yet.
        dashboard("2028").andExpect(model().attributeDoesNotExist("periodError"));
        dashboard("2029").andExpect(model().attribute("periodError", "dashboard.error.period"));
        dashboard("2028-02").andExpect(model().attributeDoesNotExist("periodError"));
        dashboard("2028-03").andExpect(model().attribute("periodError", "dashboard.error.period"));
        String topic = TestValues.name("闰日");
        try {
            recordMeeting(LocalDate.of(2028, 2, 29), topic).andExpect(status().is3xxRedirection());
            assertThat(meetings(topic)).isEqualTo(1);
            recordMeeting(LocalDate.of(2028, 3, 1), topic + "次日")
                    .andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "organization.error.future"));
        } finally {
            // A meeting in 2028 would head the branch's list for the other tests of the run.
            jdbc.update(
                    "delete from meeting_attendance where meeting_id in (select id from party_meeting where topic = ?)",
                    topic);
            jdbc.update("delete from party_meeting where topic = ?", topic);
        }
        // No calendar for 2028 yet: weekdays only. 3 working days from Tuesday 29 February: 1, 2, 3 March.
        assertThat(acceptedNow("FIRE_SAFETY")).containsExactly(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 3, 3));
    }

    private ResultActions recordMeeting(LocalDate heldOn, String topic) throws Exception {
        long branch = jdbc.queryForObject("select id from party_organization where name = '送餐快递小哥联合党支部'", Long.class);
        return mvc.perform(post("/organizations/{id}/meetings", branch)
                .with(csrf())
                .with(user(users.loadUserByUsername("zhibu")))
                .param("kind", "THEME_DAY")
                .param("heldOn", heldOn.toString())
                .param("topic", topic));
    }

    private int meetings(String topic) {
        return jdbc.queryForObject("select count(*) from party_meeting where topic = ?", Integer.class, topic);
    }

    private ResultActions dashboard(String period) throws Exception {
        var request = get("/dashboard").with(user(users.loadUserByUsername("tiedong")));
        return mvc.perform(period == null ? request : request.param("period", period))
                .andExpect(status().isOk());
    }

    /** A new case of the category accepted now: the day its clock starts and the day it is due. */
    private List<LocalDate> acceptedNow(String category) throws Exception {
        long id = newCase(category);
        accept(id);
        return List.of(date("started_on", id), date("due_on", id));
    }

    private long newCase(String category) {
        return TestCases.in(jdbc, "210302011001")
                .category(category)
                .description(TestValues.name("零点工单 "))
                .insert();
    }

    private void accept(long id) throws Exception {
        mvc.perform(post("/cases/{id}/accept", id)
                        .with(csrf())
                        .with(user(users.loadUserByUsername("fukang")))
                        .param("version", "0")
                        .param("green", "false"))
                .andExpect(status().is3xxRedirection());
    }

    private LocalDate date(String column, long id) {
        return jdbc.queryForObject("select " + column + " from gov_case where id = ?", LocalDate.class, id);
    }
}
