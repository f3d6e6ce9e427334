package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.account.PrivacyNotice;
import cn.xinjiuye.portal.common.web.PublicUrl;
import cn.xinjiuye.portal.sms.SmsOutbox;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import cn.xinjiuye.portal.support.TestWorkers;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Reporters hear back: the consent box stores its time and the privacy notice's version; with it, exactly one SMS
 * per step (accepted, resolved with the tracking link, closed) to the reporter's number, masked on /admin/sms;
 * none without it, none to a number that opted out, none from a step rolled back.
 */
@IntegrationTest
@RequiredArgsConstructor(onConstructor_ = @Autowired)
class ReporterSmsIntegrationTest {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final CaseWorkflowService workflow;
    private final SmsOutbox outbox;
    private final PlatformTransactionManager transactions;

    @Value("${portal.public-url}")
    private final String publicUrl;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    long community() {
        return jdbc.queryForObject("select id from region where code = '210302011001'", Long.class);
    }

    /** Files anonymously from the report form, ticking the consent box or not; the case's id. */
    long file(String phone, boolean consent) throws Exception {
        String description = TestValues.name("短信通知测试 楼道堆放杂物 ");
        var request = CaseFixtures.anonymousReport(community(), phone, CaseFixtures.address(), description);
        if (consent) {
            request.param("smsConsent", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("caseNo"));
        return jdbc.queryForObject("select id from gov_case where description = ?", Long.class, description);
    }

    MockHttpServletRequestBuilder act(long id, String action, String as) {
        return new CaseSteps(mvc, jdbc, users).act(id, action, as);
    }

    void perform(MockHttpServletRequestBuilder request) throws Exception {
        new CaseSteps(mvc, jdbc, users).perform(request);
    }

    /** The consent box's input tag on the report form. */
    static String consentBox(String page) {
        int at = page.indexOf("id=\"smsConsent1\"");
        assertThat(at).isPositive();
        return page.substring(page.lastIndexOf("<input", at), page.indexOf(">", at));
    }

    /** The kinds of the messages queued for the number, oldest first. */
    List<String> kinds(String phone) {
        return jdbc.queryForList("select kind from sms_message where recipient = ? order by id", String.class, phone);
    }

    String text(String phone, String kind) {
        return jdbc.queryForObject(
                "select text from sms_message where recipient = ? and kind = ?", String.class, phone, kind);
    }

    /** Accepts, assigns, starts, resolves and closes the case, checking the reporter's messages after each step. */
    void driveThrough(long id, String phone, List<List<String>> expectedAfterEachStep) throws Exception {
        perform(act(id, "accept", "fukang"));
        assertThat(kinds(phone)).isEqualTo(expectedAfterEachStep.get(0));
        perform(act(id, "assign", "fukang")
                .param("departmentId", String.valueOf(new CaseSteps(mvc, jdbc, users).fireBrigade())));
        perform(act(id, "start", "xiaofang"));
        assertThat(kinds(phone)).isEqualTo(expectedAfterEachStep.get(0));
        perform(act(id, "resolve", "xiaofang").param("note", "已清理楼道"));
        assertThat(kinds(phone)).isEqualTo(expectedAfterEachStep.get(1));
        perform(act(id, "verify", "fukang"));
        assertThat(kinds(phone)).isEqualTo(expectedAfterEachStep.get(2));
    }

    @Test
    void theConsentIsStoredWithItsTimeAndTheNoticeVersionAndIsOffByDefault() throws Exception {
        TestClock.setBeijing(LocalDateTime.of(2026, 12, 1, 10, 0, 7));
        long with = file(CaseFixtures.phone(), true);
        long without = file(CaseFixtures.phone(), false);
        Map<String, Object> given =
                jdbc.queryForMap("select sms_consent_at, sms_consent_version from gov_case where id = ?", with);
        assertThat(((Timestamp) given.get("sms_consent_at")).toInstant()).isEqualTo(TestClock.INSTANCE.instant());
        assertThat(given.get("sms_consent_version")).isEqualTo(PrivacyNotice.VERSION);
        assertThat(jdbc.queryForMap("select sms_consent_at, sms_consent_version from gov_case where id = ?", without))
                .containsEntry("sms_consent_at", null)
                .containsEntry("sms_consent_version", null);

        String form =
                mvc.perform(get("/public/cases/new")).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("办理进展短信通知我").contains("href=\"/privacy\"");
        assertThat(consentBox(form)).doesNotContain("checked");
    }

    @Test
    void aRefusedFormKeepsTheBoxTicked() throws Exception {
        var request = CaseFixtures.anonymousReport(community(), "12345", CaseFixtures.address(), "描述");
        String page = mvc.perform(request.param("smsConsent", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(consentBox(page)).contains("checked");
    }

    @Test
    void withoutConsentTheReporterGetsNoSms() throws Exception {
        String phone = CaseFixtures.phone();
        driveThrough(file(phone, false), phone, List.of(List.of(), List.of(), List.of()));
    }

    @Test
    void withConsentEachStepSendsExactlyOneSmsWithTheTrackingLinkMaskedForAdministrators() throws Exception {
        String phone = CaseFixtures.phone();
        long id = file(phone, true);
        String caseNo = jdbc.queryForObject("select case_no from gov_case where id = ?", String.class, id);
        driveThrough(
                id,
                phone,
                List.of(
                        List.of("case-accepted"),
                        List.of("case-accepted", "case-resolved"),
                        List.of("case-accepted", "case-resolved", "case-closed")));
        String link = PublicUrl.base(publicUrl) + "/public/cases/track?caseNo=" + caseNo;
        assertThat(text(phone, "case-accepted")).contains(caseNo).endsWith("回T退订");
        assertThat(text(phone, "case-resolved")).contains(link).contains("评价").endsWith("回T退订");
        assertThat(text(phone, "case-closed")).contains(caseNo).endsWith("回T退订");
        assertThat(jdbc.queryForList("select state from sms_message where recipient = ?", String.class, phone))
                .containsOnly("PENDING");

        // The tracking link fills in the case number.
        assertThat(mvc.perform(get("/public/cases/track").param("caseNo", caseNo))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("value=\"" + caseNo + "\"");

        String log = mvc.perform(get("/admin/sms").param("phone", phone).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String table = log.substring(log.indexOf("id=\"sms-table\""));
        assertThat(table)
                .contains(phone.substring(0, 3) + "****" + phone.substring(7))
                .doesNotContain(phone)
                .contains("data-kind=\"case-resolved\"");
    }

    @Test
    void aSignedInWorkerIsTextedOnTheirOwnNumber() throws Exception {
        String phone = TestValues.mobile();
        TestWorkers.create(jdbc, phone, "钱师傅", Occupation.COURIER);
        String description = TestValues.name("短信通知测试 工人上报 ");
        mvc.perform(multipart("/public/cases/new")
                        .with(csrf())
                        .with(user(users.loadUserByUsername(phone)))
                        .param("source", "SNAPSHOT")
                        .param("category", "FIRE_SAFETY")
                        .param("description", description)
                        .param("communityId", String.valueOf(community()))
                        .param("smsConsent", "true"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from gov_case where description = ?", Long.class, description);
        perform(act(id, "accept", "fukang"));
        assertThat(kinds(phone)).containsExactly("case-accepted");
    }

    @Test
    void aNumberThatOptedOutGetsNoNoticesButStillItsCodes() throws Exception {
        String phone = CaseFixtures.phone();
        UserDetails admin = users.loadUserByUsername("admin");
        mvc.perform(post("/admin/sms/opt-outs").with(csrf()).with(user(admin)).param("phone", phone))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "sms.optOut.recorded"));
        // Recording it twice is harmless; a wrong number is refused with a message and records nothing.
        mvc.perform(post("/admin/sms/opt-outs").with(csrf()).with(user(admin)).param("phone", phone))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/sms/opt-outs").with(csrf()).with(user(admin)).param("phone", "1234"))
                .andExpect(flash().attribute("error", "sms.optOut.error.phone"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from sms_opt_out where phone in (?, '1234')", Long.class, phone))
                .isEqualTo(1);
        mvc.perform(post("/admin/sms/opt-outs")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("tiedong")))
                        .param("phone", CaseFixtures.phone()))
                .andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/admin/sms").param("phone", phone).with(user(admin)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"sms-opted-out\"");

        driveThrough(file(phone, true), phone, List.of(List.of(), List.of(), List.of()));
        assertThat(outbox.queue(phone, "register-taken", Map.of())).isZero();
        assertThat(outbox.queue(phone, "register-code", Map.of("code", "271828")))
                .isPositive();
        assertThat(kinds(phone)).containsExactly("register-code");
    }

    @Test
    void aRolledBackStepQueuesNothing() throws Exception {
        String phone = CaseFixtures.phone();
        long id = file(phone, true);
        long version = jdbc.queryForObject("select version from gov_case where id = ?", Long.class, id);
        new CaseSteps(mvc, jdbc, users).rolledBack("fukang", transactions, () -> {
            workflow.accept(id, version, false);
            assertThat(kinds(phone)).containsExactly("case-accepted");
        });
        assertThat(kinds(phone)).isEmpty();
        assertThat(jdbc.queryForObject("select status from gov_case where id = ?", String.class, id))
                .isEqualTo("SUBMITTED");
    }
}
