package cn.xinjiuye.portal.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.governance.internal.CaseFixtures;
import cn.xinjiuye.portal.support.ClientAddress;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A worker's report counts for their branch and enterprise (credited by the CaseFiled listener after the commit),
 * and those pages show it; a rejected case no longer counts.
 */
@IntegrationTest
public class CaseCreditIntegrationTest extends PortalIntegrationTest {

    long file(String phone, String description) throws Exception {
        mvc.perform(multipart("/public/cases/new")
                        .file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", CaseFixtures.jpegWithExif()))
                        .with(csrf())
                        .with(anonymous())
                        .with(ClientAddress.of(CaseFixtures.address()))
                        .param("source", "HAZARD")
                        .param("category", "TRAFFIC")
                        .param("description", description)
                        .param(
                                "communityId",
                                jdbc.queryForObject(
                                        "select id::text from region where code = '210302011001'", String.class))
                        .param("phone", phone))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from gov_case where description = ?", Long.class, description);
    }

    @Test
    @WithUserDetails("tiedong")
    void aReportByAKnownWorkerCountsForTheirBranchAndEnterprise() throws Exception {
        Map<String, Object> worker = jdbc.queryForMap("select p.phone, p.branch_id, p.enterprise_id from person p "
                + "join party_organization o on o.id = p.branch_id where o.name = '送餐快递小哥联合党支部' "
                + "and p.phone is not null and p.enterprise_id is not null order by p.id limit 1");
        long branch = ((Number) worker.get("branch_id")).longValue();
        long enterprise = ((Number) worker.get("enterprise_id")).longValue();
        long before = jdbc.queryForObject(
                "select count(*) from case_credit where branch_id = ? and not rejected", Long.class, branch);

        long id = file((String) worker.get("phone"), TestValues.name("路口信号灯不亮"));
        assertThat(credit(id))
                .containsEntry("branch_id", branch)
                .containsEntry("enterprise_id", enterprise)
                .containsEntry("rejected", false);
        mvc.perform(get("/organizations/{id}", branch))
                .andExpect(content().string(containsString("成员上报问题 " + (before + 1) + " 件")));
        mvc.perform(get("/enterprises/{id}", enterprise))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("成员上报问题")));
    }

    @Test
    void aReportByAnUnknownPhoneCountsForNobody() throws Exception {
        long id = file(CaseFixtures.phone(), TestValues.name("井盖缺失"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> listenersDone(id));
        assertThat(jdbc.queryForList("select * from case_credit where case_id = ?", id))
                .isEmpty();
    }

    @Test
    @WithUserDetails("tiedong")
    void aRejectedReportNoLongerCounts() throws Exception {
        String phone = jdbc.queryForObject(
                "select phone from person where branch_id is not null and phone is not null order by id limit 1",
                String.class);
        long id = file(phone, TestValues.name("占道经营"));
        assertThat(credit(id)).containsEntry("rejected", false);
        long version = jdbc.queryForObject("select version from gov_case where id = ?", Long.class, id);
        mvc.perform(post("/cases/{id}/reject", id)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("reason", "不属于受理范围"))
                .andExpect(status().is3xxRedirection());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> Boolean.TRUE.equals(
                        jdbc.queryForObject("select rejected from case_credit where case_id = ?", Boolean.class, id)));
    }

    /** The credit row of a case, once the listener has written it. */
    Map<String, Object> credit(long caseId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !jdbc.queryForList("select 1 from case_credit where case_id = ?", caseId)
                        .isEmpty());
        return jdbc.queryForMap("select branch_id, enterprise_id, rejected from case_credit where case_id = ?", caseId);
    }

    /** Every publication of the case's CaseFiled event is completed (its listeners have run). */
    boolean listenersDone(long caseId) {
        return jdbc.queryForObject(
                                "select count(*) from event_publication where event_type like '%CaseFiled' "
                                        + "and serialized_event like ? and completion_date is null",
                                Long.class, "%\"caseId\":" + caseId + ",%")
                        == 0
                && jdbc.queryForObject(
                                "select count(*) from event_publication where event_type like '%CaseFiled' "
                                        + "and serialized_event like ?",
                                Long.class, "%\"caseId\":" + caseId + ",%")
                        > 0;
    }
}
