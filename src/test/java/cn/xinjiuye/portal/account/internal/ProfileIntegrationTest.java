package cn.xinjiuye.portal.account.internal;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.SessionCookies;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestUsers;
import cn.xinjiuye.portal.support.TestValues;
import cn.xinjiuye.portal.support.TestWorkers;
import jakarta.servlet.http.Cookie;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 我的资料: a worker edits their name, occupation and employer, and changes their number (their user name) with a
 * code sent to the new one; a taken number looks free; the other sessions end; staff have no such page.
 */
@IntegrationTest
class ProfileIntegrationTest extends PhoneCodeTest {

    static final String PASSWORD = "abcd1234";
    static final LocalDateTime T0 = LocalDateTime.of(2027, 6, 9, 9, 0);

    long id;
    Cookie session;

    @BeforeEach
    void aSignedInWorker() throws Exception {
        id = TestWorkers.create(jdbc, phone, "张骑手", Occupation.FOOD_DELIVERY);
        session = signIn(phone);
    }

    /** A sign-in through the real form from an address of its own. */
    ResultActions login(String username) throws Exception {
        return mvc.perform(post("/login")
                .with(csrf())
                .param("username", username)
                .param("password", PASSWORD)
                .with(r -> {
                    r.setRemoteAddr(TestValues.address());
                    return r;
                }));
    }

    Cookie signIn(String username) throws Exception {
        return SessionCookies.of(login(username).andExpect(redirectedUrl("/")).andReturn());
    }

    ResultActions editProfile(String name, String occupation, String employer, String version) throws Exception {
        return mvc.perform(post("/account/profile")
                .cookie(session)
                .with(csrf())
                .param("displayName", name)
                .param("occupation", occupation)
                .param("employerName", employer)
                .param("version", version));
    }

    ResultActions askForCode(String newPhone) throws Exception {
        return mvc.perform(post("/account/profile/phone")
                .cookie(session)
                .with(csrf())
                .param("phone", newPhone)
                .with(r -> {
                    r.setRemoteAddr(TestValues.address());
                    return r;
                }));
    }

    ResultActions confirm(String token, String code) throws Exception {
        return mvc.perform(post("/account/profile/phone/verify")
                .cookie(session)
                .with(csrf())
                .param("token", token)
                .param("code", code));
    }

    String version() {
        return String.valueOf(jdbc.queryForObject("select version from account where id = ?", Long.class, id));
    }

    String usernameNow() {
        return jdbc.queryForObject("select username from account where id = ?", String.class, id);
    }

    String verifyPage(String token) throws Exception {
        return mvc.perform(get("/account/profile/phone/verify").cookie(session).param("token", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theProfileIsEditedWithFieldErrorsInBothLanguagesAndAStaleVersionRefused() throws Exception {
        mvc.perform(get("/account/profile").cookie(session))
                .andExpect(status().isOk())
                .andExpect(shows("张骑手", RegistrationIntegrationTest.masked(phone)));
        String before = version();

        editProfile(" ", "", "企".repeat(81), before)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "displayName", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("form", "occupation", "NotNull"))
                .andExpect(model().attributeHasFieldErrorCode("form", "employerName", "Size"))
                .andExpect(shows("此项必填", "不能超过 80 个字符"));
        mvc.perform(post("/account/profile")
                        .cookie(session)
                        .with(csrf())
                        .param("lang", "en")
                        .param("displayName", "名".repeat(41))
                        .param("occupation", "COURIER")
                        .param("version", before))
                .andExpect(model().attributeHasFieldErrorCode("form", "displayName", "Size"))
                .andExpect(shows("40", "My profile"));
        assertThat(version()).isEqualTo(before);

        editProfile("张师傅", "COURIER", " 顺丰速运 ", before)
                .andExpect(redirectedUrl("/account/profile"))
                .andExpect(flash().attribute("success", "profile.saved"));
        assertThat(jdbc.queryForMap("select display_name, occupation, employer_name from account where id = ?", id))
                .containsEntry("display_name", "张师傅")
                .containsEntry("occupation", "COURIER")
                .containsEntry("employer_name", "顺丰速运");
        // The session shows the new name at once.
        mvc.perform(get("/").cookie(session)).andExpect(content().string(containsString("张师傅")));

        // A form built on the old version does not overwrite the change.
        editProfile("旧表单", "TRUCK", "", before).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select display_name from account where id = ?", String.class, id))
                .isEqualTo("张师傅");
    }

    @Test
    void theNumberChangesWithTheCodeSentToItAndTheOtherSessionsEnd() throws Exception {
        Cookie otherDevice = signIn(phone);
        String fresh = TestValues.mobile();
        String token = PhoneCodeFlow.token(askForCode(fresh)
                .andExpect(flash().attribute("success", "phonecode.sent"))
                .andReturn());
        assertThat(verifyPage(token)).contains(RegistrationIntegrationTest.masked(fresh));
        String code = flow.codeSentTo(fresh, "phone-change-code");
        assertThat(usernameNow()).isEqualTo(phone);

        confirm(token, code)
                .andExpect(redirectedUrl("/account/profile"))
                .andExpect(flash().attribute("success", "profile.phoneChanged"));

        assertThat(jdbc.queryForMap("select username, phone from account where id = ?", id))
                .containsEntry("username", fresh)
                .containsEntry("phone", fresh);
        // This session keeps working under the new name; the other device is signed out and told why.
        mvc.perform(get("/account/profile").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(RegistrationIntegrationTest.masked(fresh))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, fresh))
                .isEqualTo(1);
        mvc.perform(get("/account/profile").cookie(otherDevice)).andExpect(redirectedUrl("/login?ended=PHONE_CHANGED"));
        mvc.perform(get("/login").param("ended", "PHONE_CHANGED"))
                .andExpect(content().string(containsString("该账户的手机号已在其他设备上更换")));
        // The new number signs in, the old one no longer does; the old number is told.
        signIn(fresh);
        login(phone).andExpect(redirectedUrl("/login?error"));
        assertThat(flow.kindsSentTo(phone)).containsExactly("phone-changed");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'PHONE_CHANGE' and entity_id = ?",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where account_id = ? and message_key = ?",
                        Integer.class,
                        id,
                        "notice.account.phoneChanged"))
                .isEqualTo(1);
        // Used once only.
        confirm(token, code).andExpect(model().attributeHasFieldErrorCode("form", "code", "phonecode.error.used"));
    }

    @Test
    void aWrongOrExpiredCodeChangesNothing() throws Exception {
        TestClock.setBeijing(T0);
        String fresh = TestValues.mobile();
        String token = PhoneCodeFlow.token(askForCode(fresh).andReturn());
        String code = flow.codeSentTo(fresh, "phone-change-code");

        confirm(token, PhoneCodeFlow.other(code))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "phonecode.error.wrong"))
                .andExpect(content().string(containsString("验证码不正确，还可尝试 4 次")));
        confirm(token, "12ab").andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"));
        TestClock.setBeijing(T0.plusMinutes(5).plusSeconds(1));
        confirm(token, code).andExpect(model().attributeHasFieldErrorCode("form", "code", "phonecode.error.expired"));
        assertThat(usernameNow()).isEqualTo(phone);

        // The same number, the form refuses without sending anything.
        askForCode(phone)
                .andExpect(model().attributeHasFieldErrorCode("phoneForm", "phone", "profile.error.samePhone"));
        askForCode("12345").andExpect(model().attributeHasFieldErrorCode("phoneForm", "phone", "Pattern"));
        assertThat(flow.kindsSentTo(phone)).isEmpty();
    }

    @Test
    void aTakenNumberIsAnsweredAsAFreeOneAndNoCodeCompletesIt() throws Exception {
        String taken = TestValues.mobile();
        TestWorkers.create(jdbc, taken, "别人", Occupation.COURIER);
        String fresh = TestValues.mobile();

        PhoneCodeFlow.Answer onTaken =
                new PhoneCodeFlow.Answer(askForCode(taken).andReturn(), taken);
        PhoneCodeFlow.Answer onFresh =
                new PhoneCodeFlow.Answer(askForCode(fresh).andReturn(), fresh);
        PhoneCodeFlow.assertAlike(onTaken, onFresh, "/account/profile/phone/verify?token=", this::verifyPage);
        String takenToken = onTaken.token();
        String freshToken = onFresh.token();
        String guess = PhoneCodeFlow.other(flow.codeSentTo(fresh, "phone-change-code"));
        String wrongOnTaken =
                confirm(takenToken, guess).andReturn().getResponse().getContentAsString();
        String wrongOnFresh =
                confirm(freshToken, guess).andReturn().getResponse().getContentAsString();
        assertThat(onTaken.same(wrongOnTaken))
                .isEqualTo(onFresh.same(wrongOnFresh))
                .contains("验证码不正确，还可尝试 4 次");

        assertThat(flow.kindsSentTo(taken)).containsExactly("phone-change-taken");
        assertThat(jdbc.queryForObject(
                        "select text from sms_message where recipient = ? and kind = 'phone-change-taken'",
                        String.class,
                        taken))
                .contains("有人正在把本手机号绑定")
                .doesNotContainPattern("\\d{6}");
        assertThat(usernameNow()).isEqualTo(phone);
    }

    @Test
    void aNumberTakenBeforeTheCodeIsConfirmedIsAClearErrorAndChangesNothing() throws Exception {
        String fresh = TestValues.mobile();
        String token = PhoneCodeFlow.token(askForCode(fresh).andReturn());
        String code = flow.codeSentTo(fresh, "phone-change-code");
        TestWorkers.create(jdbc, fresh, "抢先", Occupation.OTHER);

        confirm(token, code)
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "profile.error.phoneTakenMeanwhile"))
                .andExpect(content().string(containsString("该手机号刚刚被其他账户使用")));
        assertThat(usernameNow()).isEqualTo(phone);
        mvc.perform(get("/account/profile").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void anotherWorkersRequestIsNotFoundAndCannotBeConfirmed() throws Exception {
        String fresh = TestValues.mobile();
        String token = PhoneCodeFlow.token(askForCode(fresh).andReturn());
        String code = flow.codeSentTo(fresh, "phone-change-code");
        String other = TestValues.mobile();
        TestWorkers.create(jdbc, other, "另一位", Occupation.TRUCK);
        session = signIn(other);

        mvc.perform(get("/account/profile/phone/verify").cookie(session).param("token", token))
                .andExpect(status().isNotFound());
        confirm(token, code).andExpect(status().isNotFound());
        // Refused before the try: the owner's tries are untouched.
        assertThat(jdbc.queryForObject("select tries from phone_code where token = ?::uuid", Integer.class, token))
                .isZero();
        assertThat(jdbc.queryForObject("select username from account where phone = ?", String.class, other))
                .isEqualTo(other);
    }

    @Test
    void staffHaveNoProfilePage() throws Exception {
        var staff = TestUsers.of(Role.ORG_STAFF, "/1/", "区委组织部");
        mvc.perform(get("/account/profile").with(user(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/account/profile/phone")
                        .with(user(staff))
                        .with(csrf())
                        .param("phone", TestValues.mobile()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/account/profile")
                        .with(user(staff))
                        .with(csrf())
                        .param("displayName", "改名")
                        .param("occupation", "COURIER")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/account/profile/phone/verify").with(user(staff)).param("token", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/").with(user(staff)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/account/profile"))));
        mvc.perform(get("/").cookie(session)).andExpect(content().string(containsString("/account/profile")));
    }
}
