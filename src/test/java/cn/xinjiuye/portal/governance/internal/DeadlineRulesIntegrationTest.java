package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestRegions;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Deadlines by the rules: the acceptance limit of a submitted case, and the due date of a concern-list item of the
 * Friday reception. Expected dates are typed from the 2026 calendar (V30), not computed by the code under test.
 */
@IntegrationTest
class DeadlineRulesIntegrationTest extends PortalIntegrationTest {

    @Autowired
    CaseFiling filing;

    @Autowired
    CaseRows rows;

    @Autowired
    CaseFigures figures;

    @Autowired
    CaseDeadlines deadlines;

    @AfterEach
    void realTimeAgain() {
        TestClock.reset();
    }

    /** A community of this test's own, so that the overdue figure of its subtree is this test's cases only. */
    long community() {
        TestRegions.ensure(jdbc, "210302079", "时限街道", "STREET", "210302");
        return TestRegions.ensure(jdbc, "210302079001", "时限社区", "COMMUNITY", "210302079");
    }

    String prefix(long region) {
        return jdbc.queryForObject("select path from region where id = ?", String.class, region);
    }

    @Test
    void aCaseNobodyAcceptsIsOverdueAfterOneWorkingDayOnTheListTheLightAndTheDashboard() throws Exception {
        long community = community();
        String prefix = prefix(community);
        // Filed on Friday 5 June 2026: to be accepted by the next working day, Monday 8 June.
        TestClock.setBeijing(LocalDateTime.of(2026, 6, 5, 10, 0));
        String caseNo = filing.fileFromApi(
                new ApiReport(
                        CaseCategory.FIRE_SAFETY, "楼道堆放杂物", 41.11, 122.99, null, null, community, null, null, null),
                List.of(),
                "open311:test");
        long id = jdbc.queryForObject("select id from gov_case where case_no = ?", Long.class, caseNo);
        assertThat(date("due_on", id)).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");

        // Monday 8 June, late in the evening: due today, not overdue.
        TestClock.setBeijing(LocalDateTime.of(2026, 6, 8, 23, 30));
        assertThat(overdue(prefix)).doesNotContain(caseNo);
        assertThat(overdueFigure(prefix)).isEqualTo(0);
        assertThat(light(id)).isNotEqualTo(TrafficLight.RED);

        // Tuesday 9 June, 00:30 (in UTC still Monday): overdue, red, counted on the dashboard.
        TestClock.setBeijing(LocalDateTime.of(2026, 6, 9, 0, 30));
        assertThat(overdue(prefix)).contains(caseNo);
        assertThat(overdueFigure(prefix)).isEqualTo(1);
        assertThat(light(id)).isEqualTo(TrafficLight.RED);

        // Accepting starts the case's own clock: fire safety, 3 working days from Tuesday 9 June: 10, 11, 12 June.
        mvc.perform(post("/cases/{id}/accept", id)
                        .with(csrf())
                        .with(user(users.loadUserByUsername("tiedong")))
                        .param("version", String.valueOf(version(id)))
                        .param("green", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(date("started_on", id)).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(date("due_on", id)).isEqualTo(LocalDate.of(2026, 6, 12));
        assertThat(overdue(prefix)).doesNotContain(caseNo);
        assertThat(overdueFigure(prefix)).isEqualTo(0);
    }

    @Test
    void aConcernOfAFridayReceptionIsDueAWeekLaterOnTheNextWorkingDayAndTheGreenChannelIsShorter() throws Exception {
        // Friday 25 September 2026; a week later is Friday 2 October, inside 国庆 (1-7 October): due Thursday 8 October.
        long session =
                reception(LocalDate.of(2026, 9, 25), List.of("SANITATION", "FIRE_SAFETY", "PUBLIC_FACILITIES"), "1,2");
        List<Map<String, Object>> cases = jdbc.queryForList(
                "select category, due_on from gov_case where reception_session_id = ? order by id", session);
        assertThat(cases.get(0).get("due_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 10, 8)));
        // Green channel, fire safety: 1 working day, Monday 28 September (shorter than the week).
        assertThat(cases.get(1).get("due_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 9, 28)));
        // Green channel, public facilities: 5 working days would be 9 October (28, 29, 30 September, 8, 9 October),
        // later than the week's 8 October: the shorter one counts.
        assertThat(cases.get(2).get("due_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 10, 8)));
        mvc.perform(get("/receptions/{id}", session).with(user(users.loadUserByUsername("fukang"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("reception-not-friday"))));
    }

    @Test
    void aReceptionNotOnAFridayIsSavedWithAVisibleNote() throws Exception {
        // Sunday 27 September 2026: a week later is Sunday 4 October (国庆): due Thursday 8 October.
        long session = reception(LocalDate.of(2026, 9, 27), List.of("OTHER"), "");
        assertThat(jdbc.queryForObject(
                        "select due_on from gov_case where reception_session_id = ?", LocalDate.class, session))
                .isEqualTo(LocalDate.of(2026, 10, 8));
        mvc.perform(get("/receptions/{id}", session).with(user(users.loadUserByUsername("fukang"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reception-not-friday")))
                .andExpect(content().string(containsString("不是周五")));
        mvc.perform(get("/receptions/{id}", session)
                        .with(user(users.loadUserByUsername("fukang")))
                        .param("lang", "en"))
                .andExpect(content().string(containsString("not on a Friday")));
    }

    long reception(LocalDate heldOn, List<String> categories, String green) throws Exception {
        String venue = TestValues.name("时限会客厅 ");
        String[] category = {"", "", "", "", ""};
        String[] text = {"", "", "", "", ""};
        for (int i = 0; i < categories.size(); i++) {
            category[i] = categories.get(i);
            text[i] = "诉求 " + i;
        }
        mvc.perform(post("/receptions")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("fukang")))
                        .param(
                                "communityId",
                                String.valueOf(jdbc.queryForObject(
                                        "select id from region where code = '210302011001'", Long.class)))
                        .param("heldOn", heldOn.toString())
                        .param("venue", venue)
                        .param("official", "山南街道 张书记")
                        .param("visitors", "3")
                        .param("itemCategory", category)
                        .param("itemText", text)
                        .param("itemGreen", green.isEmpty() ? new String[0] : green.split(",")))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from reception_session where venue = ?", Long.class, venue);
    }

    List<String> overdue(String prefix) {
        return rows.overdue(new CaseAccessPolicy.Scope(prefix, null), deadlines.today(), PageRequest.of(0, 50))
                .map(CaseRow::caseNo)
                .getContent();
    }

    Number overdueFigure(String prefix) {
        int depth = prefix.split("/").length - 2;
        Map<String, Number> total = figures.compute(
                        new RegionGrouping(prefix, depth), Period.currentYear(deadlines.today()))
                .get(RegionGrouping.TOTAL);
        return total == null
                ? 0
                : total.getOrDefault(CaseFigures.OVERDUE.key(), 0).intValue();
    }

    TrafficLight light(long id) {
        CaseDeadlines.Schedule s = jdbc.queryForObject(
                "select status, started_on, due_on from gov_case where id = ?",
                (rs, n) -> new CaseDeadlines.Schedule(
                        CaseStatus.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)),
                id);
        return deadlines.lights(List.of(s)).of(s);
    }

    LocalDate date(String column, long id) {
        return jdbc.queryForObject("select " + column + " from gov_case where id = ?", LocalDate.class, id);
    }

    String statusOf(long id) {
        return jdbc.queryForObject("select status from gov_case where id = ?", String.class, id);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from gov_case where id = ?", Long.class, id);
    }
}
