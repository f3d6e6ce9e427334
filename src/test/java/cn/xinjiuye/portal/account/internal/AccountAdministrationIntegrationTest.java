package cn.xinjiuye.portal.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
public class AccountAdministrationIntegrationTest extends PortalIntegrationTest {

    static String unique(String prefix) {
        return TestValues.name(prefix);
    }

    long idOf(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    long versionOf(String username) {
        return jdbc.queryForObject("select version from account where username = ?", Long.class, username);
    }

    /** The administrator's create form, POSTed; a null phone is left out. */
    ResultActions create(
            String username, String displayName, String phone, String role, String regionCode, String password)
            throws Exception {
        MockHttpServletRequestBuilder form = post("/admin/accounts")
                .with(csrf())
                .param("username", username)
                .param("displayName", displayName)
                .param("role", role)
                .param("regionCode", regionCode)
                .param("initialPassword", password);
        return mvc.perform(phone == null ? form : form.param("phone", phone));
    }

    /** Enables or disables an account from its page. */
    ResultActions setEnabled(String username, boolean enabled, String version) throws Exception {
        return mvc.perform(post("/admin/accounts/{id}/enabled", idOf(username))
                .with(csrf())
                .param("enabled", String.valueOf(enabled))
                .param("version", version));
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorCreatesAStaffAccountWhichMustChangeItsPassword() throws Exception {
        String username = unique("staff");
        create(username, "新同事", null, "COMMUNITY_SECRETARY", "210302011001", "start2026a")
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select must_change_password from account where username = ?", Boolean.class, username))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'CREATE' and entity_type = 'Account' "
                                + "and summary like ?",
                        Integer.class,
                        username + "%"))
                .isEqualTo(1);
        mvc.perform(formLogin().user(username).password("start2026a")).andExpect(redirectedUrl("/account/password"));
    }

    @Test
    @WithUserDetails("admin")
    void aDuplicateUsernameIsAFieldErrorAndTheFormKeepsWhatWasTyped() throws Exception {
        create("FUKANG", "重名的人", null, "COMMUNITY_SECRETARY", "210302011001", "start2026a")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "account.error.usernameTaken"))
                .andExpect(content().string(containsString("重名的人")))
                .andExpect(content().string(containsString("该用户名已被使用")));
    }

    @Test
    @WithUserDetails("admin")
    void emptyOverLongAndMalformedFieldsAreFieldErrors() throws Exception {
        create("a b", "名".repeat(41), "12345", "", "abc", "short")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(
                                "form", "username", "displayName", "phone", "role", "regionCode", "initialPassword"))
                .andExpect(content().string(containsString("请输入 11 位手机号码")));
    }

    @Test
    @WithUserDetails("admin")
    void staffWithoutARegionIsRefused() throws Exception {
        create(unique("noregion"), "无区划", null, "STREET_STAFF", "", "start2026a")
                .andExpect(model().attributeHasFieldErrorCode("form", "regionCode", "account.error.regionRequired"));
    }

    @Test
    @WithUserDetails("admin")
    void resetGivesATemporaryPasswordThatMustBeChanged() throws Exception {
        String username = unique("reset");
        create(username, "重置", null, "ORG_STAFF", "210302", "start2026a");
        jdbc.update("update account set must_change_password = false where username = ?", username);
        MvcResult reset = mvc.perform(post("/admin/accounts/{id}/reset-password", idOf(username))
                        .with(csrf())
                        .param("version", String.valueOf(versionOf(username))))
                .andExpect(flash().attributeExists("temporaryPassword"))
                .andReturn();
        String temporary = (String) reset.getFlashMap().get("temporaryPassword");
        mvc.perform(formLogin().user(username).password(temporary)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(formLogin().user(username).password("start2026a")).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'PASSWORD_RESET' and entity_id = ?",
                        Integer.class,
                        String.valueOf(idOf(username))))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void aDisabledAccountCannotSignInAndTheListMasksPhones() throws Exception {
        String username = unique("off");
        String phone = TestValues.mobile(); // account phones are unique
        create(username, "停用", phone, "ORG_STAFF", "210302", "start2026a");
        setEnabled(username, false, String.valueOf(versionOf(username))).andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(username).password("start2026a")).andExpect(redirectedUrl("/login?disabled"));
        mvc.perform(get("/admin/accounts").param("q", username))
                .andExpect(content().string(containsString(phone.substring(0, 3) + "****" + phone.substring(7))))
                .andExpect(content().string(not(containsString(phone))));
    }

    @Test
    @WithUserDetails("tiedong")
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(get("/admin/accounts")).andExpect(status().isForbidden());
        setEnabled("fukang", false, "0").andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select enabled from account where username = 'fukang'", Boolean.class))
                .isTrue();
    }

    @Test
    void aWorkerRegistersWithAPhoneNumberConfirmedByCode() throws Exception {
        PhoneCodeFlow flow = new PhoneCodeFlow(mvc, jdbc);
        String phone = TestValues.mobile();
        try {
            TestClock.setBeijing(LocalDateTime.of(2027, 4, 1, 9, 0));
            String token = flow.registerAndGetToken(phone);
            flow.verify(token, flow.codeSentTo(phone, "register-code")).andExpect(redirectedUrl("/login"));
            mvc.perform(formLogin().user(phone).password(PhoneCodeFlow.PASSWORD))
                    .andExpect(redirectedUrl("/"));
            // A taken number is not refused on the form: the requester cannot tell it from a new one.
            TestClock.setBeijing(LocalDateTime.of(2027, 4, 1, 9, 2));
            flow.register(phone, "又来一次", "COURIER", "ride2026x", "ride2026x")
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("success", "phonecode.sent"));
            assertThat(flow.kindsSentTo(phone)).containsExactly("register-code", "register-taken");
            flow.register("13", null, "COURIER", "ride2026x", "different1")
                    .andExpect(
                            model().attributeHasFieldErrors("form", "phone", "displayName", "confirmPasswordMatching"))
                    .andExpect(content().string(containsString("两次输入的密码不一致")));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    @WithUserDetails("13900000001")
    void workersDoNotReachStaffPages() throws Exception {
        mvc.perform(get("/regions")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/")).andExpect(status().isOk());
    }
}
