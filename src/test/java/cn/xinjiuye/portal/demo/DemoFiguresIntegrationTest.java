package cn.xinjiuye.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.dashboard.internal.DashboardView;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, point 5: the demo, loaded when the test context starts, shows the source article's figures for the last
 * twelve months (the dashboard's default period) on the dashboards of 铁东区, 旅顺口区, 振安区 and 丹东市, each seen by
 * its own account; and its records are lived ones. The article is the source of these numbers: they are typed here
 * and nowhere else. Runs first ({@code @Order(1)}, junit-platform.properties), before other tests add records of their
 * own to the demo's districts.
 */
@IntegrationTest
@Order(1)
class DemoFiguresIntegrationTest {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;

    @Autowired
    DemoFiguresIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, UserDetailsService users) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.users = users;
    }

    /**
     * The figures of point 2, each region's on the dashboard its own account opens; every figure is checked and every
     * one that differs reported (a missing account too).
     */
    @Test
    void theArticlesFiguresOnTheDashboardsOfTheirRegions() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        expect(soft, "tiedong", "stations=99 stationServices>100");
        expect(
                soft,
                "lvshun",
                "casesSolved=122 orgBranches=7 orgMembersWithBranch=25 orgWorkersCovered>900 orgInCultivation=15 "
                        + "aidPackagesClaimed=320 goodsDonated>90000");
        expect(soft, "zhenan", "receptionVisitors=116 concernItems=477 casesGreenChannel=12");
        expect(
                soft,
                "dandong",
                "orgInstructors=13 orgSeedMembers=8 orgInCultivation=14 orgAgreements=24 orgLettersSent>23 "
                        + "orgReturned=3");
        // The dashboard has no figure of its own for these: they are read from the district's people and the city's
        // enterprises.
        String lvshun = path("210212");
        soft.assertThat(count(
                        "select count(*) from person p join region r on r.id = p.region_id where r.path like ? || '%' "
                                + "and p.skill_title = '旅顺工匠'",
                        lvshun))
                .as("旅顺口 旅顺工匠")
                .isEqualTo(8);
        soft.assertThat(jdbc.queryForList(
                        "select p.name from representation x join person p on p.id = x.person_id "
                                + "join region r on r.id = p.region_id where r.path like ? || '%' and x.kind = 'CPPCC'",
                        String.class, lvshun))
                .as("旅顺口 政协委员")
                .containsExactly("孙广利");
        soft.assertThat(count(
                        "select count(*) from enterprise e join region r on r.id = e.region_id "
                                + "where r.path like ? || '%' and e.coverage = 'OWN_BRANCH'",
                        path("210600")))
                .as("丹东 建立党组织的企业")
                .isEqualTo(4);
        soft.assertAll();
    }

    @Test
    void everyCaseHasATimelineFromItsFilingAndEveryAssignedCaseADepartment() {
        assertThat(count("select count(*) from gov_case")).isPositive();
        assertThat(jdbc.queryForList(
                        "select c.case_no from gov_case c where coalesce((select e.action from case_event e "
                                + "where e.case_id = c.id order by e.at, e.id limit 1), '') <> 'SUBMIT'",
                        String.class))
                .as("cases whose timeline does not start with their filing")
                .isEmpty();
        assertThat(jdbc.queryForList(
                        "select case_no from gov_case where status in ('ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED') "
                                + "and department_id is null",
                        String.class))
                .as("assigned cases without a department")
                .isEmpty();
        assertThat(jdbc.queryForList(
                        "select distinct d.code from gov_case c join region m on m.id = c.community_id "
                                + "join region d on d.level = 'DISTRICT' and m.path like d.path || '%' "
                                + "where not exists (select 1 from department x where x.district_id = d.id and x.active)",
                        String.class))
                .as("districts with cases but no department")
                .isEmpty();
        assertThat(jdbc.queryForList(
                        "select d.name from department d where d.active and not exists "
                                + "(select 1 from department_account a where a.department_id = d.id)",
                        String.class))
                .as("departments nobody can sign in for")
                .isEmpty();
    }

    @Test
    void nothingIsDatedAfterTheClock() {
        Timestamp now = Timestamp.from(TestClock.INSTANCE.instant());
        LocalDate today = LocalDate.now(TestClock.INSTANCE);
        SoftAssertions soft = new SoftAssertions();
        for (String at : List.of(
                "gov_case where submitted_at > ? or accepted_at > ? or resolved_at > ? or closed_at > ?",
                "case_event where at > ?")) {
            Object[] args = new Object[at.length() - at.replace("?", "").length()];
            java.util.Arrays.fill(args, now);
            soft.assertThat(count("select count(*) from " + at, args)).as(at).isZero();
        }
        for (String on : List.of(
                "reception_session where held_on > ?",
                "station_service where served_on > ?",
                "station_inspection where inspected_on > ?",
                "aid_help where helped_on > ?",
                "volunteer_activity where held_on > ?",
                "recognition where awarded_on > ?",
                "pipeline_step where step_date > ?",
                "feedback_letter where sent_on > ?",
                "party_meeting where held_on > ?",
                "mobile_member where returned_on > ?")) {
            soft.assertThat(count("select count(*) from " + on, today)).as(on).isZero();
        }
        soft.assertAll();
    }

    @Test
    void someStationsAndCasesHaveTheirDrawnPhotos() {
        assertThat(count("select count(distinct station_id) from station_photo"))
                .isBetween(1L, 20L);
        assertThat(count("select count(distinct case_id) from case_photo")).isBetween(5L, 100L);
    }

    @Test
    void everyReceptionIsOnAFridayAndEveryCompliantStationHasItsInspection() {
        assertThat(count("select count(*) from reception_session")).isPositive();
        assertThat(jdbc.queryForList(
                        "select held_on::text from reception_session where extract(isodow from held_on) <> 5",
                        String.class))
                .as("receptions not on a Friday")
                .isEmpty();
        LocalDate today = LocalDate.now(TestClock.INSTANCE);
        assertThat(jdbc.queryForList(
                        "select s.name from station s where s.active and s.last_inspection_passed "
                                + "and s.last_inspected_on >= ? and not exists ("
                                + "select 1 from station_inspection i where i.station_id = s.id and i.has_site "
                                + "and i.has_sign and i.has_facilities and i.has_rules and i.has_books and i.has_manager "
                                + "and i.inspected_on <= ? and i.inspected_on >= ?)",
                        String.class,
                        today.minusDays(180),
                        today,
                        today.minusDays(180)))
                .as("stations counted 六有-compliant without a passing inspection within the interval")
                .isEmpty();
    }

    /**
     * Each of the figures ({@code name=n}, or {@code name>n}; the name without "dashboard.fig.") on the dashboard that
     * the account opens without a period: the last twelve months, for the account's region.
     */
    private void expect(SoftAssertions soft, String username, String figures) throws Exception {
        if (count("select count(*) from account where username = ?", username) == 0) {
            soft.fail("no account " + username + " to open its dashboard");
            return;
        }
        DashboardView view =
                (DashboardView) mvc.perform(get("/dashboard").with(user(users.loadUserByUsername(username))))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getModelAndView()
                        .getModel()
                        .get("view");
        soft.assertThat(view.period().rolling())
                .as("the default period is 近12个月")
                .isTrue();
        for (String f : figures.split(" ")) {
            String[] kv = f.split("[=>]");
            long value = figure(view, "dashboard.fig." + kv[0]);
            long expected = Long.parseLong(kv[1]);
            String label = username + " " + view.region().getName() + " " + kv[0];
            if (f.contains(">")) {
                soft.assertThat(value).as(label).isGreaterThan(expected);
            } else {
                soft.assertThat(value).as(label).isEqualTo(expected);
            }
        }
    }

    private static long figure(DashboardView view, String key) {
        Number n = view.sections().stream()
                .filter(s -> s.figures().stream().anyMatch(f -> f.key().equals(key)))
                .findFirst()
                .map(s -> s.total().value(key))
                .orElseThrow(() -> new AssertionError("the dashboard has no figure " + key));
        return n == null ? 0 : n.longValue();
    }

    private String path(String code) {
        return jdbc.queryForObject("select path from region where code = ?", String.class, code);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
