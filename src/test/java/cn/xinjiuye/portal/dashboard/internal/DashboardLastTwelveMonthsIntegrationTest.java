package cn.xinjiuye.portal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestRegions;
import cn.xinjiuye.portal.support.TestValues;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 近12个月, the dashboard's default period, at its boundaries: on 15 March 2026 just after midnight in Beijing (still
 * the 14th in UTC) it runs from 15 March 2025 to today, both included, counted in Beijing's days also where the
 * monthly case summary covers only part of a month.
 */
@IntegrationTest
class DashboardLastTwelveMonthsIntegrationTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 15, 0, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long street;
    long community;

    @BeforeEach
    void data() {
        String streetCode = TestValues.unused(
                "210302",
                3,
                c -> jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, c) > 0);
        street = TestRegions.ensure(jdbc, streetCode, TestValues.name("十二月街道"), "STREET", "210302");
        community = TestRegions.ensure(jdbc, streetCode + "001", TestValues.name("十二月社区"), "COMMUNITY", streetCode);
        TestClock.setBeijing(NOW);
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    @WithUserDetails("tiedong")
    void theDefaultPeriodIsTheLastTwelveMonthsUpToTodayInBeijing() throws Exception {
        // Filed (and, for the first two, solved at the same instant) at the boundaries, Beijing time.
        caseAt(LocalDateTime.of(2025, 3, 14, 23, 55), "RECEPTION"); // the day before: out
        caseAt(LocalDateTime.of(2025, 3, 15, 0, 5), "RECEPTION"); // the first day, in a month only partly covered
        caseAt(LocalDateTime.of(2025, 7, 10, 12, 0), "SNAPSHOT"); // a whole month of the summary
        caseAt(LocalDateTime.of(2026, 3, 1, 9, 0), "SNAPSHOT"); // the current month
        caseAt(LocalDateTime.of(2026, 3, 15, 0, 2), "RECEPTION"); // today, eight minutes ago
        reception(LocalDate.of(2025, 3, 14), 4);
        reception(LocalDate.of(2025, 3, 21), 6);
        reception(LocalDate.of(2026, 3, 13), 5);

        DashboardView view = (DashboardView) mvc.perform(get("/dashboard").param("region", String.valueOf(street)))
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("view");

        assertThat(view.period().rolling()).isTrue();
        assertThat(view.period().from()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(view.period().to()).isEqualTo(LocalDate.of(2026, 3, 16));
        DashboardView.Row total = view.section("cases").total();
        assertThat(total.value("dashboard.fig.casesFound").longValue()).isEqualTo(4);
        assertThat(total.value("dashboard.fig.casesSolved").longValue()).isEqualTo(4);
        assertThat(total.value("dashboard.fig.concernItems").longValue()).isEqualTo(2);
        assertThat(total.value("dashboard.fig.casesGreenChannel").longValue()).isEqualTo(4);
        assertThat(total.value("dashboard.fig.receptionVisitors").longValue()).isEqualTo(11);

        String html = mvc.perform(get("/dashboard").param("region", String.valueOf(street)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("统计周期：近12个月（2025-03-15 至 2026-03-15）");
    }

    @Test
    @WithUserDetails("tiedong")
    void aYearAskedForIsStillTheCalendarYear() throws Exception {
        caseAt(LocalDateTime.of(2025, 3, 14, 23, 55), "SNAPSHOT");
        caseAt(LocalDateTime.of(2025, 3, 15, 0, 5), "SNAPSHOT");
        DashboardView view = (DashboardView) mvc.perform(get("/dashboard")
                        .param("region", String.valueOf(street))
                        .param("period", "2025"))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("view");
        assertThat(view.period().rolling()).isFalse();
        assertThat(view.section("cases")
                        .total()
                        .value("dashboard.fig.casesFound")
                        .longValue())
                .isEqualTo(2);
    }

    /** A case filed and resolved at this Beijing time, on the green channel. */
    private void caseAt(LocalDateTime beijing, String source) {
        Timestamp at = Timestamp.from(beijing.atZone(TestClock.ZONE).toInstant());
        jdbc.update(
                "insert into gov_case (case_no, source, category, description, community_id, status, filed_by, "
                        + "submitted_at, resolved_at, green_channel) values (?, ?, 'SANITATION', '边界', ?, 'RESOLVED', 't', ?, ?, true)",
                "GZT" + TestValues.digits(12),
                source,
                community,
                at,
                at);
    }

    private void reception(LocalDate heldOn, int visitors) {
        jdbc.update(
                "insert into reception_session (community_id, held_on, venue, official, visitors, recorded_by) "
                        + "values (?, ?, '周五会客厅', '区领导', ?, 't')",
                community,
                heldOn,
                visitors);
    }
}
