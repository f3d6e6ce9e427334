package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestCases;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 周五会客厅 concern lists become cases due in a week; earlier cases nearby are shown to avoid duplicates. */
@IntegrationTest
public class ReceptionAndDuplicatesIntegrationTest extends PortalIntegrationTest {

    @Test
    @WithUserDetails("fukang")
    void eachConcernOfAReceptionSessionBecomesACaseDueWithinAWeek() throws Exception {
        String venue = TestValues.name("福康社区会客厅 ");
        // A Friday in the past (a session may not be recorded ahead); its cases are due a week later.
        LocalDate held = LocalDate.of(2026, 11, 27);
        mvc.perform(reception(regionId("210302011001"))
                        .param("heldOn", held.toString())
                        .param("venue", venue)
                        .param("official", "山南街道 张书记")
                        .param("visitors", "12")
                        .param("itemCategory", "HEATING", "WAGE_ARREARS", "", "", "")
                        .param("itemText", "3 号楼暖气不热", "外卖站点拖欠骑手工资两个月", "", "", "")
                        .param("itemVisitor", "刘大爷", "骑手小张", "", "", "")
                        .param("itemPhone", "13812345678", "", "", "", "")
                        .param("itemGreen", "1"))
                .andExpect(status().is3xxRedirection());
        long session = jdbc.queryForObject("select id from reception_session where venue = ?", Long.class, venue);
        List<Map<String, Object>> cases = jdbc.queryForList(
                "select category, source, due_on, green_channel, status "
                        + "from gov_case where reception_session_id = ? order by id",
                session);
        assertThat(cases).hasSize(2);
        assertThat(cases.get(0))
                .containsEntry("category", "HEATING")
                .containsEntry("source", "RECEPTION")
                .containsEntry("green_channel", false)
                .containsEntry("status", "SUBMITTED");
        assertThat(cases.get(0).get("due_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2026, 12, 4)));
        assertThat(cases.get(1)).containsEntry("green_channel", true);
        mvc.perform(get("/receptions/{id}", session)).andExpect(status().isOk());
    }

    static MockHttpServletRequestBuilder reception(long communityId) {
        return post("/receptions").with(csrf()).param("communityId", String.valueOf(communityId));
    }

    @Test
    @WithUserDetails("shannanshequ")
    void aSecretaryCannotRecordASessionForAnotherCommunityNorOpenOne() throws Exception {
        String venue = TestValues.name("越权会客厅 ");
        mvc.perform(reception(regionId("210302011001"))
                        .param("heldOn", LocalDate.of(2026, 11, 27).toString())
                        .param("venue", venue)
                        .param("official", "x")
                        .param("visitors", "1")
                        .param("itemCategory", "OTHER", "", "", "", "")
                        .param("itemText", "事项", "", "", "", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "communityId", "case.error.communityOutOfScope"));
        assertThat(jdbc.queryForObject("select count(*) from reception_session where venue = ?", Integer.class, venue))
                .isZero();
        Long other = jdbc.query(
                "select s.id from reception_session s join region r on r.id = s.community_id "
                        + "where r.code = '210302011001' limit 1",
                rs -> rs.next() ? rs.getLong(1) : null);
        if (other != null) {
            mvc.perform(get("/receptions/{id}", other)).andExpect(status().isForbidden());
        }
    }

    /** The public list of earlier cases of a category near a spot on the meridian 123.1. */
    static MockHttpServletRequestBuilder nearby(String category, String lat) {
        return get("/public/cases/nearby")
                .with(anonymous())
                .param("category", category)
                .param("lat", lat)
                .param("lng", "123.1000");
    }

    @Test
    void earlierCasesOfTheSameCategoryNearbyAreShownWithoutPersonalData() throws Exception {
        long fukang = regionId("210302011001");
        String description = TestValues.name("占道停车 ");
        TestCases.in(jdbc, fukang)
                .numbered("GZDUP")
                .category("PARKING")
                .description(description)
                .at(41.2000, 123.1000)
                .reporterPhone("13811112222")
                .insert();
        String no =
                jdbc.queryForObject("select case_no from gov_case where description = ?", String.class, description);
        // 100 m away: shown; another category or 5 km away: not shown.
        mvc.perform(nearby("PARKING", "41.2009"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].caseNo", hasItem(no)))
                .andExpect(jsonPath("$[0].reporterPhone").doesNotExist());
        mvc.perform(nearby("HEATING", "41.2009")).andExpect(jsonPath("$[*].caseNo", not(hasItem(no))));
        mvc.perform(nearby("PARKING", "41.2450")).andExpect(jsonPath("$[*].caseNo", not(hasItem(no))));
        // Older than 30 days: not shown.
        jdbc.update("update gov_case set submitted_at = now() - interval '31 days' where case_no = ?", no);
        mvc.perform(nearby("PARKING", "41.2009")).andExpect(jsonPath("$[*].caseNo", not(hasItem(no))));
    }
}
