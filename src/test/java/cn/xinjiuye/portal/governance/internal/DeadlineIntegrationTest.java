package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestCases;
import cn.xinjiuye.portal.support.TestDates;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deadlines: working days per category, shorter for the green channel, on the editable holiday calendar. */
@IntegrationTest
public class DeadlineIntegrationTest extends PortalIntegrationTest {

    @Autowired
    WorkingDays workingDays;

    @Autowired
    CaseDeadlines deadlines;

    long newCase(String category) {
        return TestCases.in(jdbc, "210302011001")
                .category(category)
                .description(TestValues.name("时限 "))
                .insert();
    }

    /** Accepts the case and returns its start and due dates. */
    LocalDate[] accept(long id, boolean green) throws Exception {
        mvc.perform(post("/cases/{id}/accept", id)
                        .with(csrf())
                        .with(user(users.loadUserByUsername("fukang")))
                        .param("version", "0")
                        .param("green", String.valueOf(green)))
                .andExpect(status().is3xxRedirection());
        return new LocalDate[] {
            jdbc.queryForObject("select started_on from gov_case where id = ?", LocalDate.class, id),
            jdbc.queryForObject("select due_on from gov_case where id = ?", LocalDate.class, id)
        };
    }

    /** Working days in (from, to], the test's own count ({@link HolidayTableCount}), not the portal's. */
    int workingDaysAfter(LocalDate from, LocalDate to) {
        return HolidayTableCount.between(jdbc, from, to);
    }

    @Test
    void theDueDateCountsTheCategorysWorkingDaysOverTheNationalDayHoliday() {
        // The limits of V30: public facilities 10 working days, 5 on the green channel.
        // Started Wednesday 30 September 2026: 1-7 October are off (国庆节), Saturday 10 October is worked (调休).
        // Working days: 8, 9, 10, 12, 13 (the 5th), 14, 15, 16, 19, 20 (the 10th) October.
        LocalDate start = LocalDate.of(2026, 9, 30);
        assertThat(deadlines.dueOn(CaseCategory.PUBLIC_FACILITIES, false, start))
                .isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(deadlines.dueOn(CaseCategory.PUBLIC_FACILITIES, true, start)).isEqualTo(LocalDate.of(2026, 10, 13));
        // Fire safety: 3 working days, 1 on the green channel: Saturday 10 October and Thursday 8 October.
        assertThat(deadlines.dueOn(CaseCategory.FIRE_SAFETY, false, start)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(deadlines.dueOn(CaseCategory.FIRE_SAFETY, true, start)).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void theGreenChannelGetsTheShorterLimitInWorkingDays() throws Exception {
        Integer normal = jdbc.queryForObject(
                "select working_days from category_limit where category = 'PUBLIC_FACILITIES'", Integer.class);
        Integer green = jdbc.queryForObject(
                "select green_days from category_limit where category = 'PUBLIC_FACILITIES'", Integer.class);
        assertThat(green).isLessThan(normal);
        LocalDate before = TestDates.today();
        LocalDate[] plain = accept(newCase("PUBLIC_FACILITIES"), false);
        LocalDate[] fast = accept(newCase("PUBLIC_FACILITIES"), true);
        LocalDate after = TestDates.today();
        // Accepting starts the clock today (between the two readings, should midnight pass in between).
        assertThat(plain[0]).isBetween(before, after);
        assertThat(fast[0]).isBetween(before, after);
        // The due date is the working day that completes the limit: `normal` working days after the start.
        assertThat(workingDaysAfter(plain[0], plain[1])).isEqualTo(normal);
        assertThat(workingDaysAfter(plain[0], plain[1].minusDays(1))).isEqualTo(normal - 1);
        assertThat(workingDaysAfter(fast[0], fast[1])).isEqualTo(green);
        assertThat(workingDaysAfter(fast[0], fast[1].minusDays(1))).isEqualTo(green - 1);
        assertThat(fast[1]).isBefore(plain[1]);
        // Working days skip weekends: the due date is at least as far as the count in calendar days.
        assertThat(fast[1]).isAfterOrEqualTo(fast[0].plusDays(green));
    }

    @Test
    void administratorsEditTheHolidayCalendarAndOthersCannot() throws Exception {
        // An ordinary week of 2026 (no holiday of V30 near it): Friday 5 June + 1 working day is Monday 8 June; with
        // the Monday a holiday it is Tuesday 9 June.
        LocalDate friday = LocalDate.of(2026, 6, 5);
        LocalDate monday = LocalDate.of(2026, 6, 8);
        LocalDate tuesday = LocalDate.of(2026, 6, 9);
        assertThat(workingDays.add(friday, 1)).isEqualTo(monday);
        mvc.perform(post("/admin/governance/days")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("admin")))
                        .param("day", monday.toString())
                        .param("kind", "HOLIDAY")
                        .param("name", "测试假日"))
                .andExpect(status().is3xxRedirection());
        assertThat(workingDays.add(friday, 1)).isEqualTo(tuesday);
        mvc.perform(get("/admin/governance").with(user(users.loadUserByUsername("fukang"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/governance/days/delete")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("fukang")))
                        .param("day", monday.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/governance/days/delete")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("admin")))
                        .param("day", monday.toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(workingDays.add(friday, 1)).isEqualTo(monday);
        mvc.perform(get("/admin/governance").param("year", "2026").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("国庆节")));
    }
}
