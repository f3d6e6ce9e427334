package cn.xinjiuye.portal.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff page of a case names people without their numbers: a worker (whose user name is their mobile number)
 * as 李** 138****0011 in the timeline and as the reporter, an anonymous reporter as 匿名群众, a colleague by display
 * name; the full number is nowhere on the page.
 */
@IntegrationTest
class CaseTimelinePrivacyIntegrationTest extends PortalIntegrationTest {

    RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    long file(RequestPostProcessor who, String phone, String description) throws Exception {
        var report = multipart("/public/cases/new")
                .with(csrf())
                .with(who)
                .with(from(TestValues.address()))
                .param("source", "SNAPSHOT")
                .param("category", "OTHER")
                .param("description", description)
                .param(
                        "communityId",
                        jdbc.queryForObject("select id from region where code = '210302011001'", Long.class)
                                .toString());
        if (phone != null) {
            report.param("phone", phone);
        }
        mvc.perform(report).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from gov_case where description = ?", Long.class, description);
    }

    String staffPage(long id, Locale locale) throws Exception {
        return mvc.perform(get("/cases/{id}", id)
                        .param("lang", locale.getLanguage().equals("en") ? "en" : "zh_CN")
                        .with(user(users.loadUserByUsername("fukang"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The texts of the timeline's people. */
    static java.util.List<String> actors(String html) {
        return java.util.regex.Pattern.compile("<strong class=\"actor\">([^<]*)</strong>")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    static String reporter(String html) {
        var m = java.util.regex.Pattern.compile("id=\"case-reporter\">([^<]*)<").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void aWorkerIsNamedByMaskedNameAndPhoneNeverByTheNumberTheySignInWith() throws Exception {
        String mobile = TestValues.mobile();
        jdbc.update(
                "insert into account (username, display_name, phone, password_hash, role, occupation) "
                        + "values (?, '李小明', ?, '{noop}x', 'WORKER', 'COURIER')",
                mobile,
                mobile);
        long id = file(user(users.loadUserByUsername(mobile)), null, TestValues.name("外卖柜损坏 "));
        // The worker's step is stored under their user name, which is the number.
        assertThat(jdbc.queryForList("select actor from case_event where case_id = ?", String.class, id))
                .contains(mobile);

        String page = staffPage(id, Locale.SIMPLIFIED_CHINESE);
        String masked = "李** " + mobile.substring(0, 3) + "****" + mobile.substring(7);
        assertThat(actors(page)).contains(masked);
        assertThat(reporter(page)).isEqualTo(masked);
        assertThat(page).doesNotContain(mobile).doesNotContain("李小明");
    }

    @Test
    void anAnonymousReporterIsAnAnonymousResidentInBothLanguagesWithTheirPhoneMasked() throws Exception {
        String phone = TestValues.mobile();
        long id = file(anonymous(), phone, TestValues.name("路灯不亮 "));
        String zh = staffPage(id, Locale.SIMPLIFIED_CHINESE);
        assertThat(actors(zh)).contains("匿名群众").doesNotContain("anonymous", "anonymousUser");
        assertThat(reporter(zh)).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(zh).doesNotContain(phone);
        String en = staffPage(id, Locale.ENGLISH);
        assertThat(actors(en)).contains("Anonymous resident");
    }

    @Test
    void colleaguesAreNamedByDisplayNameAndSystemStepsAsTheSystem() throws Exception {
        long id = file(anonymous(), TestValues.mobile(), TestValues.name("楼道堆物 "));
        jdbc.update(
                "insert into case_event (case_id, actor, action, public_step) values (?, 'fukang', 'ACCEPT', true),"
                        + " (?, 'system', 'ESCALATE', false)",
                id,
                id);
        String displayName =
                jdbc.queryForObject("select display_name from account where username = 'fukang'", String.class);
        String page = staffPage(id, Locale.SIMPLIFIED_CHINESE);
        assertThat(actors(page)).contains(displayName, "系统").doesNotContain("fukang", "system");
    }
}
