package cn.xinjiuye.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.home.internal.TodoPanel;
import cn.xinjiuye.portal.jobs.Reminder;
import cn.xinjiuye.portal.jobs.Reminders;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestCases;
import cn.xinjiuye.portal.support.TestValues;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 待办 panel of the staff home page: each module's due items in the user's scope, and the stored reminders of
 * the user (never another's), in Chinese and English.
 */
@IntegrationTest
class TodoPanelIntegrationTest extends PortalIntegrationTest {

    @Autowired
    TodoPanel panel;

    @Autowired
    Reminders reminders;

    @Autowired
    Clock clock;

    CurrentUser account(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    long toAccept(CurrentUser u) {
        return panel.todos(u).stream()
                .filter(t -> t.messageKey().equals("todo.cases.accept"))
                .mapToLong(t -> (Long) t.args().get(0))
                .sum();
    }

    void submittedCaseIn(String communityCode) {
        TestCases.in(jdbc, communityCode)
                .numbered("GZD")
                .description(TestValues.name("待办 "))
                .insert();
    }

    long overdue(CurrentUser u) {
        return panel.todos(u).stream()
                .filter(t -> t.messageKey().equals("todo.cases.overdue"))
                .mapToLong(t -> (Long) t.args().get(0))
                .sum();
    }

    @Test
    void aCaseWaitingPastItsAcceptanceLimitIsOverdueOnThePanelAsOnTheOverdueList() {
        CurrentUser fukang = account("fukang");
        long before = overdue(fukang);
        // Filed long ago and never accepted: its acceptance limit (its due date until accepted) is long past.
        TestCases.in(jdbc, "210302011001")
                .numbered("GZD")
                .description(TestValues.name("待受理逾期 "))
                .running(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))
                .insert();

        assertThat(overdue(fukang)).isEqualTo(before + 1);
    }

    @Test
    void aNewCaseIsToAcceptForItsCommunityAndItsStreetButNotForTheNeighbouringCommunity() {
        CurrentUser fukang = account("fukang");
        CurrentUser neighbour = account("shannanshequ");
        CurrentUser street = account("shannan");
        long[] before = {toAccept(fukang), toAccept(neighbour), toAccept(street)};

        submittedCaseIn("210302011001");

        assertThat(toAccept(fukang)).isEqualTo(before[0] + 1);
        assertThat(toAccept(street)).isEqualTo(before[2] + 1);
        assertThat(toAccept(neighbour)).isEqualTo(before[1]);
    }

    @Test
    void aStoredReminderShowsOnItsOwnersPanelOnlyWithItsLinkInBothLanguages() throws Exception {
        String station = TestValues.name("提醒驿站");
        String link = "/stations?reminder=" + TestValues.next();
        long fukang = account("fukang").id();
        reminders.remind(new Reminder(
                fukang,
                "reminder.station.inspectionOverdue",
                List.of(station, "2026-01-01"),
                link,
                LocalDate.now(clock),
                "test-" + station));

        String zh = mvc.perform(get("/").with(user(account("fukang"))).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String en = mvc.perform(get("/").param("lang", "en").with(user(account("fukang"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String other = mvc.perform(get("/").with(user(account("shannanshequ"))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(zh)
                .contains("todo-panel")
                .contains("驿站“" + station + "”的“六有”检查已逾期")
                .contains("href=\"" + link + "\"");
        assertThat(en)
                .contains("The inspection of station &quot;" + station + "&quot; is overdue")
                .contains("To do");
        assertThat(other).contains("todo-panel").doesNotContain(station);
    }

    @Test
    void aDepartmentSeesItsCasesToResolveAndAWorkerHasNoPanel() throws Exception {
        assertThat(panel.todos(account("13900000001"))).isEmpty();
        mvc.perform(get("/").with(user(account("13900000001"))))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("todo-panel"));
        long department = jdbc.queryForObject(
                "select department_id from department_account where account_id = "
                        + "(select id from account where username = 'xiaofang')",
                Long.class);
        CurrentUser xiaofang = account("xiaofang");
        CurrentUser otherDepartment = account("chengguan");
        long before = count(xiaofang, "todo.cases.resolve");
        long otherBefore = count(otherDepartment, "todo.cases.resolve");
        TestCases.in(jdbc, "210302011001")
                .numbered("GZD")
                .category("FIRE_SAFETY")
                .description(TestValues.name("部门 "))
                .status("ASSIGNED")
                .department(department)
                .insert();
        assertThat(count(xiaofang, "todo.cases.resolve")).isEqualTo(before + 1);
        assertThat(count(otherDepartment, "todo.cases.resolve")).isEqualTo(otherBefore);
    }

    long count(CurrentUser u, String key) {
        return panel.todos(u).stream()
                .filter(t -> t.messageKey().equals(key))
                .mapToLong(t -> (Long) t.args().get(0))
                .sum();
    }
}
