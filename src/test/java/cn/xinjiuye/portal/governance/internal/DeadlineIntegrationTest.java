package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Deadlines: working days per category, shorter for the green channel, on the editable holiday calendar. */
@IntegrationTest
public class DeadlineIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    WorkingDays workingDays;

    long newCase(String category) {
        String description = "时限 " + System.nanoTime();
        jdbc.update(
                "insert into gov_case (case_no, source, category, description, community_id, status, reporter_phone, "
                        + "filed_by) values (?, 'SNAPSHOT', ?, ?, (select id from region where code = '210302011001'), 'SUBMITTED', "
                        + "'13800000000', 'test')",
                "GZT" + System.nanoTime() % 1_000_000_000L,
                category,
                description);
        return jdbc.queryForObject("select id from gov_case where description = ?", Long.class, description);
    }

    LocalDate accept(long id, boolean green) throws Exception {
        mvc.perform(post("/cases/{id}/accept", id)
                        .with(csrf())
                        .with(user(users.loadUserByUsername("fukang")))
                        .param("version", "0")
                        .param("green", String.valueOf(green)))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select due_on from gov_case where id = ?", LocalDate.class, id);
    }

    @Test
    void theGreenChannelGetsTheShorterLimitInWorkingDays() throws Exception {
        LocalDate today = CaseDeadlines.today();
        Integer normal = jdbc.queryForObject(
                "select working_days from category_limit where category = 'PUBLIC_FACILITIES'", Integer.class);
        Integer green = jdbc.queryForObject(
                "select green_days from category_limit where category = 'PUBLIC_FACILITIES'", Integer.class);
        assertThat(green).isLessThan(normal);
        assertThat(accept(newCase("PUBLIC_FACILITIES"), false)).isEqualTo(workingDays.add(today, normal));
        LocalDate greenDue = accept(newCase("PUBLIC_FACILITIES"), true);
        assertThat(greenDue).isEqualTo(workingDays.add(today, green));
        // Working days skip weekends: the due date is at least as far as the count in calendar days.
        assertThat(greenDue).isAfterOrEqualTo(today.plusDays(green));
    }

    @Test
    void administratorsEditTheHolidayCalendarAndOthersCannot() throws Exception {
        LocalDate monday = LocalDate.of(2031, 3, 3);
        assertThat(workingDays.add(monday.minusDays(3), 1)).isEqualTo(monday);
        mvc.perform(post("/admin/governance/days")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("admin")))
                        .param("day", monday.toString())
                        .param("kind", "HOLIDAY")
                        .param("name", "测试假日"))
                .andExpect(status().is3xxRedirection());
        assertThat(workingDays.add(monday.minusDays(3), 1)).isEqualTo(monday.plusDays(1));
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
        assertThat(workingDays.add(monday.minusDays(3), 1)).isEqualTo(monday);
        mvc.perform(get("/admin/governance").param("year", "2026").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("国庆节")));
    }
}
