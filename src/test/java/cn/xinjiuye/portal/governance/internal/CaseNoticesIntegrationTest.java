package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Each step that concerns someone writes exactly one notice to each of the right accounts, in its own transaction:
 * the assignment to the department's staff, a return and an extension request to the dispatcher (福康社区's secretary
 * fukang), a 督办 to the department, a dissatisfied rating to the dispatcher; a rolled-back assignment writes none.
 */
@IntegrationTest
class CaseNoticesIntegrationTest extends PortalIntegrationTest {

    @Autowired
    CaseFiling filing;

    @Autowired
    CaseWorkflowService workflow;

    @Autowired
    PlatformTransactionManager transactions;

    long fileAnonymously() {
        long community = jdbc.queryForObject("select id from region where code = '210302011001'", Long.class);
        String phone = CaseFixtures.phone();
        String caseNo = filing.file(
                new CaseFiling.Report(
                        CaseSource.SNAPSHOT,
                        CaseCategory.FIRE_SAFETY,
                        TestValues.name("通知测试 楼道堆放杂物 "),
                        41.1101,
                        122.9901,
                        null,
                        community,
                        null,
                        phone,
                        false,
                        false),
                List.of(),
                CaseFixtures.address());
        return jdbc.queryForObject("select id from gov_case where case_no = ?", Long.class, caseNo);
    }

    MockHttpServletRequestBuilder act(long id, String action, String as) {
        return new CaseSteps(mvc, jdbc, users).act(id, action, as);
    }

    void perform(MockHttpServletRequestBuilder request) throws Exception {
        new CaseSteps(mvc, jdbc, users).perform(request);
    }

    long fireBrigade() {
        return new CaseSteps(mvc, jdbc, users).fireBrigade();
    }

    /** The accounts that got the notice of this case, one line per notice. */
    List<String> recipients(long caseId, String key) {
        return jdbc.queryForList(
                "select a.username from notification n join account a on a.id = n.account_id "
                        + "where n.link = ? and n.message_key = ? order by a.username",
                String.class,
                "/cases/" + caseId,
                key);
    }

    List<String> fireBrigadeStaff() {
        return jdbc.queryForList(
                "select a.username from department_account da join account a on a.id = da.account_id "
                        + "where da.department_id = ? order by a.username",
                String.class,
                fireBrigade());
    }

    List<String> dispatchers() {
        return jdbc.queryForList(
                "select a.username from account a join region r on r.id = a.region_id "
                        + "where r.code = '210302011001' and a.role = 'COMMUNITY_SECRETARY' and a.enabled "
                        + "order by a.username",
                String.class);
    }

    @Test
    void eachStepNotifiesTheAccountsItConcernsOnce() throws Exception {
        long id = fileAnonymously();
        assertThat(dispatchers()).contains("fukang");
        assertThat(fireBrigadeStaff()).contains("xiaofang");

        perform(act(id, "accept", "fukang"));
        perform(act(id, "assign", "fukang").param("departmentId", String.valueOf(fireBrigade())));
        assertThat(recipients(id, "notice.case.assigned")).containsExactlyElementsOf(fireBrigadeStaff());
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where link = ?", Integer.class, "/cases/" + id))
                .isEqualTo(fireBrigadeStaff().size());

        perform(act(id, "return", "xiaofang").param("reason", "不属于本部门职责"));
        assertThat(recipients(id, "notice.case.returned")).containsExactlyElementsOf(dispatchers());

        perform(act(id, "assign", "fukang").param("departmentId", String.valueOf(fireBrigade())));
        perform(act(id, "extension", "xiaofang").param("days", "3").param("reason", "需协调物业"));
        assertThat(recipients(id, "notice.case.extensionRequested")).containsExactlyElementsOf(dispatchers());
        assertThat(jdbc.queryForObject(
                        "select args from notification where link = ? and message_key = ? limit 1",
                        String.class,
                        "/cases/" + id,
                        "notice.case.extensionRequested"))
                .endsWith("\u001f3");

        perform(act(id, "supervise", "shannan").param("note", "请加快办理"));
        assertThat(recipients(id, "notice.case.supervised")).containsExactlyElementsOf(fireBrigadeStaff());

        // Staff steps that concern nobody else leave no notice.
        perform(act(id, "extension/decide", "fukang").param("approve", "true"));
        perform(act(id, "start", "xiaofang"));
        perform(act(id, "resolve", "xiaofang").param("note", "已清理"));
        perform(act(id, "verify", "fukang"));
        assertThat(recipients(id, "notice.case.assigned"))
                .hasSize(2 * fireBrigadeStaff().size());

        String caseNo = jdbc.queryForObject("select case_no from gov_case where id = ?", String.class, id);
        String phone = jdbc.queryForObject("select reporter_phone from gov_case where id = ?", String.class, id);
        mvc.perform(CaseFixtures.rating(caseNo, phone.substring(7), "DISSATISFIED"))
                .andExpect(status().isOk());
        assertThat(recipients(id, "notice.case.dissatisfied")).containsExactlyElementsOf(dispatchers());
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where link = ?", Integer.class, "/cases/" + id))
                .isEqualTo(3 * fireBrigadeStaff().size() + 3 * dispatchers().size());
    }

    @Test
    void aRolledBackAssignmentWritesNoNotice() throws Exception {
        long id = fileAnonymously();
        perform(act(id, "accept", "fukang"));
        long version = jdbc.queryForObject("select version from gov_case where id = ?", Long.class, id);
        new CaseSteps(mvc, jdbc, users).rolledBack("fukang", transactions, () -> {
            workflow.assign(id, version, fireBrigade());
            assertThat(recipients(id, "notice.case.assigned")).isNotEmpty();
        });
        assertThat(recipients(id, "notice.case.assigned")).isEmpty();
        assertThat(jdbc.queryForObject("select status from gov_case where id = ?", String.class, id))
                .isEqualTo("ACCEPTED");
    }
}
