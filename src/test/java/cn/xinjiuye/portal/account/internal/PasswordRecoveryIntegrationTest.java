package cn.xinjiuye.portal.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 忘记密码: a worker sets a new password with a code; an unknown or staff number is answered the same way. */
@IntegrationTest
class PasswordRecoveryIntegrationTest extends PhoneCodeTest {

    static final LocalDateTime T0 = LocalDateTime.of(2027, 6, 8, 15, 0);

    @BeforeEach
    void aRegisteredWorker() throws Exception {
        TestClock.setBeijing(T0);
        flow.verify(flow.registerAndGetToken(phone), flow.codeSentTo(phone, "register-code"))
                .andExpect(redirectedUrl("/login"));
        TestClock.setBeijing(T0.plusMinutes(1));
    }

    @Test
    void aWorkerSetsANewPasswordWithTheCode() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        String token = PhoneCodeFlow.token(flow.forgot(phone)
                .andExpect(flash().attribute("success", "phonecode.sentIfRegistered"))
                .andReturn());
        String code = flow.codeSentTo(phone, "password-code");

        flow.reset(token, PhoneCodeFlow.other(code), "new2026pass")
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "phonecode.error.wrong"));
        mvc.perform(formLogin().user(phone).password("new2026pass")).andExpect(redirectedUrl("/login?error"));

        flow.reset(token, code, "new2026pass")
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("success", "password.recovered"));
        mvc.perform(formLogin().user(phone).password("new2026pass")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(phone).password(PhoneCodeFlow.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        // Used once only.
        flow.reset(token, code, "again2026pass")
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "phonecode.error.used"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'PASSWORD_RESET' and entity_id = "
                                + "(select id::text from account where username = ?)",
                        Integer.class,
                        phone))
                .isEqualTo(1);
    }

    @Test
    void aNumberWithoutAWorkersAccountIsAnsweredTheSameAndGetsNoMessage() throws Exception {
        String unknown = TestValues.mobile();
        PhoneCodeFlow.Answer known = new PhoneCodeFlow.Answer(flow.forgot(phone).andReturn(), phone);
        PhoneCodeFlow.Answer nobody =
                new PhoneCodeFlow.Answer(flow.forgot(unknown).andReturn(), unknown);

        PhoneCodeFlow.assertAlike(known, nobody, "/password/reset?token=", this::resetPage);
        assertThat(flow.kindsSentTo(unknown)).isEmpty();
        flow.reset(nobody.token(), "123456", "new2026pass")
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "phonecode.error.wrong"));
    }

    @Test
    void staffPasswordsAreNotRecoveredByCode() throws Exception {
        // A branch secretary whose user name is their number, as a worker's would be.
        String staffPhone = TestValues.mobile();
        jdbc.update(
                "insert into account (username, display_name, phone, password_hash, role, region_id) "
                        + "select ?, '书记', ?, password_hash, role, region_id from account where username = 'zhibu'",
                staffPhone,
                staffPhone);
        flow.forgot("zhibu").andExpect(model().attributeHasFieldErrorCode("form", "phone", "Pattern"));
        flow.forgot(staffPhone).andExpect(status().is3xxRedirection());
        assertThat(flow.kindsSentTo(staffPhone)).isEmpty();
    }

    String resetPage(String token) throws Exception {
        return flow.page("/password/reset", token);
    }
}
