package cn.xinjiuye.portal.account.internal;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.AtOnce;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registration proves the number with a code: every rule, every bad code, and a taken number that looks new. */
@IntegrationTest
class RegistrationIntegrationTest extends PhoneCodeTest {

    static final LocalDateTime T0 = LocalDateTime.of(2027, 6, 7, 10, 0);

    @BeforeEach
    void fixTheClock() {
        TestClock.setBeijing(T0);
    }

    int triesOf(String token) {
        return jdbc.queryForObject("select tries from phone_code where token = ?::uuid", Integer.class, token);
    }

    @Test
    void theAccountExistsAndSignsInOnlyOnceTheCodeIsConfirmed() throws Exception {
        String token = flow.registerAndGetToken(phone);

        assertThat(flow.accountsWith(phone)).isZero();
        mvc.perform(formLogin().user(phone).password(PhoneCodeFlow.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        String code = flow.codeSentTo(phone, "register-code");
        assertThat(code).matches("\\d{6}");
        // The code is stored only as a hash.
        assertThat(jdbc.queryForObject("select code_hash from phone_code where token = ?::uuid", String.class, token))
                .hasSize(64)
                .doesNotContain(code);
        mvc.perform(get("/register/verify").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(phone.substring(0, 3) + "****" + phone.substring(7))))
                .andExpect(content().string(not(containsString(phone))));

        flow.verify(token, code)
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("success", "register.done"));

        assertThat(jdbc.queryForObject(
                        "select display_name || ' ' || role || ' ' || occupation from account where username = ?",
                        String.class,
                        phone))
                .isEqualTo("李骑手 WORKER FOOD_DELIVERY");
        mvc.perform(formLogin().user(phone).password(PhoneCodeFlow.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongCodeIsCountedAndCreatesNothingAndTheFifthEndsTheCode() throws Exception {
        String token = flow.registerAndGetToken(phone);
        String wrong = PhoneCodeFlow.other(flow.codeSentTo(phone, "register-code"));

        flow.verify(token, wrong)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "phonecode.error.wrong"))
                .andExpect(content().string(containsString("验证码不正确，还可尝试 4 次")));
        assertThat(triesOf(token)).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            flow.verify(token, wrong);
        }
        flow.verify(token, wrong).andExpect(content().string(containsString("已无剩余次数")));
        assertThat(triesOf(token)).isEqualTo(5);

        // Even the right code no longer works, and the sixth try is not counted.
        flow.verify(token, flow.codeSentTo(phone, "register-code"))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "phonecode.error.exhausted"));
        assertThat(triesOf(token)).isEqualTo(5);
        assertThat(flow.accountsWith(phone)).isZero();
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        String token = flow.registerAndGetToken(phone);
        String code = flow.codeSentTo(phone, "register-code");

        TestClock.setBeijing(T0.plusMinutes(5).plusSeconds(1));
        flow.verify(token, code)
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "phonecode.error.expired"))
                .andExpect(content().string(containsString("验证码已过期或无效")));
        assertThat(flow.accountsWith(phone)).isZero();
    }

    @Test
    void aCodeWorksOnceEvenWhenSentTwiceAtOnce() throws Exception {
        String token = flow.registerAndGetToken(phone);
        String code = flow.codeSentTo(phone, "register-code");

        List<Integer> statuses = AtOnce.run(
                () -> flow.verify(token, code).andReturn().getResponse().getStatus(),
                () -> flow.verify(token, code).andReturn().getResponse().getStatus());

        assertThat(statuses).containsExactlyInAnyOrder(302, 200);
        assertThat(flow.accountsWith(phone)).isEqualTo(1);
        flow.verify(token, code).andExpect(model().attributeHasFieldErrorCode("form", "code", "phonecode.error.used"));
        assertThat(flow.accountsWith(phone)).isEqualTo(1);
    }

    @Test
    void parallelGuessesGetNoMoreThanFiveTries() throws Exception {
        String token = flow.registerAndGetToken(phone);
        String wrong = PhoneCodeFlow.other(flow.codeSentTo(phone, "register-code"));
        @SuppressWarnings("unchecked")
        Callable<Integer>[] guesses = IntStream.range(0, 12)
                .mapToObj(i -> (Callable<Integer>) () ->
                        flow.verify(token, wrong).andReturn().getResponse().getStatus())
                .toArray(Callable[]::new);

        AtOnce.run(guesses);

        assertThat(triesOf(token)).isEqualTo(5);
    }

    @Test
    void aTakenNumberIsAnsweredAsANewOneAndItsOwnerIsTold() throws Exception {
        String owner = flow.registerAndGetToken(phone);
        flow.verify(owner, flow.codeSentTo(phone, "register-code")).andExpect(redirectedUrl("/login"));
        String fresh = TestValues.mobile();
        TestClock.setBeijing(T0.plusMinutes(2));

        PhoneCodeFlow.Answer taken = new PhoneCodeFlow.Answer(
                flow.register(phone, "冒名者", "COURIER", "other2026x", "other2026x")
                        .andReturn(),
                phone);
        PhoneCodeFlow.Answer brandNew = new PhoneCodeFlow.Answer(
                flow.register(fresh, "冒名者", "COURIER", "other2026x", "other2026x")
                        .andReturn(),
                fresh);

        // The same answer: a redirect to the verify page, the same flash; the same page there but the number.
        PhoneCodeFlow.assertAlike(taken, brandNew, "/register/verify?token=", this::page);
        String takenToken = taken.token();
        String newToken = brandNew.token();
        // A wrong code reads the same too; no code completes the taken number's request.
        String guess = PhoneCodeFlow.other(flow.codeSentTo(fresh, "register-code"));
        String wrongOnTaken =
                flow.verify(takenToken, guess).andReturn().getResponse().getContentAsString();
        String wrongOnNew =
                flow.verify(newToken, guess).andReturn().getResponse().getContentAsString();
        assertThat(taken.same(wrongOnTaken))
                .isEqualTo(brandNew.same(wrongOnNew))
                .contains("验证码不正确，还可尝试 4 次")
                .doesNotContain("已注册");

        // The owner's phone got a warning without a code; the account is untouched.
        assertThat(flow.kindsSentTo(phone)).containsExactly("register-code", "register-taken");
        assertThat(jdbc.queryForObject(
                        "select text from sms_message where recipient = ? and kind = 'register-taken'",
                        String.class,
                        phone))
                .contains("有人正在用本手机号注册")
                .doesNotContainPattern("\\d{6}");
        assertThat(jdbc.queryForObject("select display_name from account where username = ?", String.class, phone))
                .isEqualTo("李骑手");
        mvc.perform(formLogin().user(phone).password("other2026x")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void oneCodeAMinutePerNumber() throws Exception {
        flow.registerAndGetToken(phone);

        TestClock.setBeijing(T0.plusSeconds(30));
        flow.register(phone, "李骑手", "FOOD_DELIVERY", PhoneCodeFlow.PASSWORD, PhoneCodeFlow.PASSWORD)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "phone", "phonecode.error.waitAMinute"))
                .andExpect(shows("每分钟只能获取一次验证码", "李骑手"));
        assertThat(flow.kindsSentTo(phone)).hasSize(1);

        TestClock.setBeijing(T0.plusMinutes(1));
        flow.register(phone, "李骑手", "FOOD_DELIVERY", PhoneCodeFlow.PASSWORD, PhoneCodeFlow.PASSWORD)
                .andExpect(status().is3xxRedirection());
        assertThat(flow.kindsSentTo(phone)).hasSize(2);
    }

    @Test
    void oneAddressGetsTwentyCodesAnHour() throws Exception {
        String address = TestValues.address();
        for (int i = 0; i < 20; i++) {
            flow.register(
                            TestValues.mobile(),
                            "李骑手",
                            "COURIER",
                            PhoneCodeFlow.PASSWORD,
                            PhoneCodeFlow.PASSWORD,
                            address)
                    .andExpect(status().is3xxRedirection());
        }
        flow.register(phone, "李骑手", "COURIER", PhoneCodeFlow.PASSWORD, PhoneCodeFlow.PASSWORD, address)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "phone", "phonecode.error.tooManyFromAddress"));
        assertThat(flow.kindsSentTo(phone)).isEmpty();
        // Another address is not held back.
        flow.register(phone, "李骑手", "COURIER", PhoneCodeFlow.PASSWORD, PhoneCodeFlow.PASSWORD)
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void badInputGetsClearMessages() throws Exception {
        String token = flow.registerAndGetToken(phone);
        flow.verify(token, "12ab")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"))
                .andExpect(content().string(containsString("请输入短信中的 6 位数字验证码")));
        flow.verify(token, "").andExpect(model().attributeHasFieldErrors("form", "code"));
        assertThat(triesOf(token)).isZero();
        mvc.perform(get("/register/verify").param("token", "not-a-token")).andExpect(status().isNotFound());
        mvc.perform(get("/register/verify")
                        .param("token", java.util.UUID.randomUUID().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/register/verify")).andExpect(status().isNotFound());
    }

    String page(String token) throws Exception {
        return flow.page("/register/verify", token);
    }

    /** A page without what differs by design: its token, the number it shows, the session's CSRF token. */
    static String same(String page, String token, String phone) {
        return page.replace(token, "T")
                .replace(masked(phone), "N")
                .replaceAll("(_csrf\"\\s+(?:value|content)=\")[^\"]*", "$1X");
    }

    static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
