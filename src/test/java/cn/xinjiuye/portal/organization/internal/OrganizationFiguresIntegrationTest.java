package cn.xinjiuye.portal.organization.internal;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.dashboard.Figure;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestDates;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The dashboard's organization figures, on 振安区 and 旅顺口区, whose demo records no test changes: they are the
 * article's figures (OrganizationArticleDemoData) on top of the feature's own demo, replayed through the services.
 */
@IntegrationTest
public class OrganizationFiguresIntegrationTest extends PortalIntegrationTest {

    @Autowired
    OrganizationFigures figures;

    /** The demo's year: the twelve months up to today (the period 近12个月). */
    static Period demoYear() {
        return Period.lastTwelveMonths(TestDates.today());
    }

    private Map<String, Map<String, Number>> figuresOf(String code) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, code);
        int depth = (int) path.chars().filter(c -> c == '/').count() - 1;
        return figures.compute(new RegionGrouping(path, depth), demoYear());
    }

    /** The region's totals, each figure of the source that has one as a long. */
    private Map<Figure, Long> totals(Map<String, Map<String, Number>> values) {
        Map<Figure, Long> totals = new HashMap<>();
        figures.figures().stream()
                .filter(f -> values.get(RegionGrouping.TOTAL).containsKey(f.key()))
                .forEach(f -> totals.put(f, figure(values, f)));
        return totals;
    }

    private static long figure(Map<String, Map<String, Number>> values, Figure figure) {
        return values.get(RegionGrouping.TOTAL).get(figure.key()).longValue();
    }

    @Test
    void zhenanFiguresComeFromTheRecords() {
        Map<String, Map<String, Number>> values = figuresOf("210604");
        assertThat(totals(values))
                .containsAllEntriesOf(Map.of(
                        OrganizationFigures.BRANCHES, 5L,
                        OrganizationFigures.JOINT, 1L,
                        OrganizationFigures.MEMBERS, 32L,
                        OrganizationFigures.MEMBERS_HOME, 32L,
                        OrganizationFigures.INSTRUCTORS, 13L,
                        OrganizationFigures.SEEDS, 8L,
                        OrganizationFigures.AGREEMENTS, 24L,
                        OrganizationFigures.RETURNED, 3L,
                        OrganizationFigures.CULTIVATION, 14L));
        assertThat(figure(values, OrganizationFigures.LETTERS)).isPositive();
        assertThat(figure(values, OrganizationFigures.LETTERS_ON_TIME))
                .isPositive()
                .isLessThan(figure(values, OrganizationFigures.LETTERS));
        String street = jdbc.queryForObject("select id::text from region where code = '210604001'", String.class);
        assertThat(values.get(street).get(OrganizationFigures.MEMBERS.key()).longValue())
                .isEqualTo(32);
    }

    /** 旅顺口区's figures of the article: 7 branches, 25 members who found a home, 900+ workers, 15 activists. */
    @Test
    void lvshunkouFiguresAreTheArticles() {
        Map<String, Map<String, Number>> values = figuresOf("210212");
        assertThat(totals(values))
                .containsAllEntriesOf(Map.of(
                        OrganizationFigures.BRANCHES, 7L,
                        OrganizationFigures.MEMBERS_HOME, 25L,
                        OrganizationFigures.MEMBERS, 27L,
                        OrganizationFigures.WORKERS_COVERED, 971L,
                        OrganizationFigures.CULTIVATION, 15L,
                        OrganizationFigures.NEW_MEMBERS, 2L));
        String lvshun = "(select path from region where code = '210212') || '%'";
        assertThat(jdbc.queryForObject(
                        "select count(*) from person p join region r on r.id = p.region_id where r.path like " + lvshun
                                + " and p.skill_title = '旅顺工匠' and p.political_status = 'FULL_MEMBER'",
                        Integer.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForList(
                        "select p.name from representation x join person p on p.id = x.person_id "
                                + "join region r on r.id = p.region_id where x.kind = 'CPPCC' and r.path like "
                                + lvshun,
                        String.class))
                .containsExactly("孙广利");
    }

    /**
     * The records were made on the days they tell of, through the services, under the demo's clock: every meeting
     * recorded on the day it was held, with members present; every letter sent after its half year; every return
     * after its agreement; every step of the pipeline in order; nothing dated after today.
     */
    @Test
    void theDemoYearWasLivedDayByDay() {
        LocalDate today = TestDates.today();
        String zone = "'Asia/Shanghai'";
        assertThat(jdbc.queryForObject(
                        "select count(*) from party_meeting where held_on <> (created_at at time zone " + zone
                                + ")::date and topic like '%：%'",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from party_meeting m where held_on >= ? and exists "
                                + "(select 1 from meeting_attendance a where a.meeting_id = m.id)",
                        Integer.class,
                        today.minusMonths(12)))
                .isGreaterThan(150);
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_letter where sent_on <= make_date(year, half * 6, 1) "
                                + "+ interval '1 month' - interval '1 day' or sent_on >= ?",
                        Integer.class,
                        today.plusDays(1)))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mobile_member where returned and returned_on <= agreement_signed_on",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pipeline_step s join pipeline_step later on later.person_id = s.person_id "
                                + "and later.id > s.id and later.step_date < s.step_date",
                        Integer.class))
                .isZero();
        for (String table : new String[] {
            "party_organization",
            "enterprise",
            "person",
            "pipeline_step",
            "mobile_member",
            "feedback_letter",
            "party_meeting",
            "member_service",
            "representation"
        }) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " where (created_at at time zone " + zone + ")::date > ?",
                            Integer.class,
                            today))
                    .as(table)
                    .isZero();
        }
        // 刘洋 was received as a probationary member in the year, by the street's working committee.
        assertThat(jdbc.queryForList(
                        "select s.to_status || ' ' || s.approving_body from pipeline_step s join person p "
                                + "on p.id = s.person_id where p.name = '刘洋' order by s.step_date",
                        String.class))
                .containsExactly("ACTIVIST 送餐快递小哥联合党支部", "DEVELOPMENT_TARGET 中共山南街道党工委", "PROBATIONARY 中共山南街道党工委");
    }

    @Test
    @WithUserDetails("tiedong")
    void theDashboardShowsTheSection() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().isOk()).andExpect(shows("党组织与党员", "应建未建企业"));
    }
}
