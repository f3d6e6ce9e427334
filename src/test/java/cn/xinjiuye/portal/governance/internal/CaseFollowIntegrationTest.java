package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The duplicate hint (issue 13, point 6) shows category, the start of the public text, status and distance, and a
 * courier follows that case instead of filing it again: with consent their phone gets its steps by SMS; without
 * consent, or for a closed case, nothing is stored. The tracking page lists every stage up to closing.
 */
@IntegrationTest
@RequiredArgsConstructor(onConstructor_ = @Autowired)
class CaseFollowIntegrationTest {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;

    long community() {
        return jdbc.queryForObject("select id from region where code = '210302011001'", Long.class);
    }

    /** An anonymous fire-safety report at the point (lat, 122.9901); its case number. */
    String file(String phone, String description, double lat) throws Exception {
        mvc.perform(multipart("/public/cases/new")
                        .with(csrf())
                        .with(anonymous())
                        .with(ReportAndTrackingLimitsIntegrationTest.from(TestValues.address()))
                        .param("source", "SNAPSHOT")
                        .param("category", "FIRE_SAFETY")
                        .param("description", description)
                        .param("lat", String.valueOf(lat))
                        .param("lng", "122.9901")
                        .param("communityId", String.valueOf(community()))
                        .param("phone", phone))
                .andExpect(flash().attributeExists("caseNo"));
        return jdbc.queryForObject("select case_no from gov_case where description = ?", String.class, description);
    }

    String file(String phone, String description) throws Exception {
        return file(phone, description, 41.1101);
    }

    MockHttpServletRequestBuilder follow(String caseNo, String phone, boolean consent) {
        return post("/public/cases/follow")
                .with(csrf())
                .with(anonymous())
                .with(ReportAndTrackingLimitsIntegrationTest.from(TestValues.address()))
                .param("caseNo", caseNo)
                .param("phone", phone)
                .param("smsConsent", String.valueOf(consent));
    }

    long id(String caseNo) {
        return jdbc.queryForObject("select id from gov_case where case_no = ?", Long.class, caseNo);
    }

    @Test
    void aCourierFollowsAnEarlierCaseNearbyAndGetsItsStepsBySms() throws Exception {
        String description = TestValues.next() + " 楼道里堆放了很多电动车电池，充电线私拉乱接，存在很大火灾隐患，晚上还有人在楼道里给电池充电";
        // A point of its own (other tests file at 41.1101, and the hint shows the five nearest).
        double lat = 41.3 + TestValues.next() % 500 * 0.005;
        String caseNo = file(CaseFixtures.phone(), description, lat);
        mvc.perform(get("/public/cases/nearby")
                        .param("category", "FIRE_SAFETY")
                        .param("lat", String.valueOf(lat + 0.0001))
                        .param("lng", "122.9901"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].categoryLabel")
                        .value(Matchers.hasItem("消防安全")))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].statusLabel")
                        .value(Matchers.hasItem("已提交")))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].summary")
                        .value(Matchers.hasItem(description.substring(0, 40) + "…")))
                .andExpect(jsonPath("$[?(@.caseNo == '" + caseNo + "')].metres").value(Matchers.hasItem(11)))
                .andExpect(jsonPath("$[0].reporterPhone").doesNotExist());

        String follower = CaseFixtures.phone();
        mvc.perform(follow(caseNo, follower, false))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].message").value("请勾选同意接收短信后再关注。"));
        assertThat(jdbc.queryForObject("select count(*) from case_follower where phone = ?", Integer.class, follower))
                .isZero();
        mvc.perform(follow(caseNo, follower, true)).andExpect(status().isOk());
        mvc.perform(follow(caseNo, follower, true)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from case_follower where phone = ?", Integer.class, follower))
                .isEqualTo(1);

        CaseSteps steps = new CaseSteps(mvc, jdbc, users);
        steps.perform(steps.act(id(caseNo), "accept", "fukang"));
        assertThat(jdbc.queryForList("select kind from sms_message where recipient = ?", String.class, follower))
                .isEqualTo(List.of("follow-accepted"));
        assertThat(jdbc.queryForObject("select text from sms_message where recipient = ?", String.class, follower))
                .contains(caseNo)
                .endsWith("回T退订");
    }

    @Test
    void aClosedCaseCannotBeFollowedAndItsTrackingShowsEveryStageUpToClosing() throws Exception {
        String phone = CaseFixtures.phone();
        String caseNo = file(phone, TestValues.name("已结案的工单 "));
        long id = id(caseNo);
        CaseSteps steps = new CaseSteps(mvc, jdbc, users);
        steps.perform(steps.act(id, "accept", "fukang"));
        steps.perform(steps.act(id, "assign", "fukang").param("departmentId", String.valueOf(steps.fireBrigade())));
        steps.perform(steps.act(id, "start", "xiaofang"));
        steps.perform(steps.act(id, "resolve", "xiaofang").param("note", "已清理"));
        steps.perform(steps.act(id, "verify", "fukang"));

        mvc.perform(follow(caseNo, CaseFixtures.phone(), true))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("caseNo"));

        String page = mvc.perform(post("/public/cases/track")
                        .with(csrf())
                        .with(anonymous())
                        .with(ReportAndTrackingLimitsIntegrationTest.from(TestValues.address()))
                        .param("caseNo", caseNo)
                        .param("phoneTail", phone.substring(7)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String stages = page.substring(page.indexOf("id=\"tracking-stages\""), page.indexOf("id=\"public-steps\""));
        assertThat(stages)
                .containsSubsequence("已提交", "已受理", "已派单", "办理中", "已办结", "已核实关闭")
                .doesNotContain("未到");
        String timeline = page.substring(page.indexOf("id=\"public-steps\""));
        assertThat(timeline).containsSubsequence("派单", "办结", "核实");
    }
}
