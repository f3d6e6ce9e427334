package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** A worker's report counts for their branch and enterprise, and those pages show it. */
@IntegrationTest
public class CaseCreditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long file(String phone, String description) throws Exception {
        mvc.perform(multipart("/public/cases/new")
                        .file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", CaseFixtures.jpegWithExif()))
                        .with(csrf())
                        .with(anonymous())
                        .with(r -> {
                            r.setRemoteAddr(CaseFixtures.address());
                            return r;
                        })
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
        long before = jdbc.queryForObject("select count(*) from gov_case where branch_org_id = ?", Long.class, branch);

        long id = file((String) worker.get("phone"), "路口信号灯不亮" + UUID.randomUUID());
        assertThat(jdbc.queryForMap("select branch_org_id, enterprise_id from gov_case where id = ?", id))
                .containsEntry("branch_org_id", branch)
                .containsEntry("enterprise_id", enterprise);
        mvc.perform(get("/organizations/{id}", branch))
                .andExpect(content().string(containsString("成员上报问题 " + (before + 1) + " 件")));
        mvc.perform(get("/enterprises/{id}", enterprise))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("成员上报问题")));
    }

    @Test
    void aReportByAnUnknownPhoneCountsForNobody() throws Exception {
        long id = file("13600000" + (100 + (int) (System.nanoTime() % 800)), "井盖缺失" + UUID.randomUUID());
        assertThat(jdbc.queryForMap("select branch_org_id, enterprise_id from gov_case where id = ?", id))
                .containsEntry("branch_org_id", null)
                .containsEntry("enterprise_id", null);
    }
}
