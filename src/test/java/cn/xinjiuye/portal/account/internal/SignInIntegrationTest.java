package cn.xinjiuye.portal.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.AtOnce;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.SessionCookies;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import jakarta.servlet.http.Cookie;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
public class SignInIntegrationTest extends PortalIntegrationTest {

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A fresh staff account per test, so lockouts and password changes do not leak between tests. */
    String newAccount(boolean mustChange) {
        String username = TestValues.name("t");
        jdbc.update(
                "insert into account (username, display_name, password_hash, role, region_id, must_change_password) "
                        + "values (?, '测试', ?, 'ORG_STAFF', (select id from region where code = '210302'), ?)",
                username,
                encoder.encode("secret123"),
                mustChange);
        return username;
    }

    @Test
    void aCorrectPasswordSignsInAndIsAudited() throws Exception {
        String user = newAccount(false);
        mvc.perform(formLogin().user(user).password("secret123")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'SIGN_IN_SUCCESS'",
                        Integer.class,
                        user))
                .isEqualTo(1);
    }

    @Test
    void signingOutIsAudited() throws Exception {
        String user = newAccount(false);
        Cookie session = SessionCookies.signIn(mvc, user, "secret123");
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/regions").cookie(session)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'SIGN_OUT'",
                        Integer.class,
                        user))
                .isEqualTo(1);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        String user = newAccount(false);
        String addr = TestValues.address();
        String wrongPassword =
                signIn(user, "nope12345", addr).andReturn().getResponse().getRedirectedUrl();
        String unknownUser = signIn("nobody-" + user, "nope12345", addr)
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(wrongPassword).isEqualTo("/login?error").isEqualTo(unknownUser);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'SIGN_IN_FAILURE'",
                        Integer.class,
                        user))
                .isEqualTo(1);
    }

    /** A sign-in through the form from a client address of the test's own, so limits of other tests do not count. */
    ResultActions signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("username", username)
                .param("password", password));
    }

    @Test
    void fiveFailuresLockTheNameFromThatAddressEvenWithTheRightPassword() throws Exception {
        String user = newAccount(false);
        String addr = TestValues.address();
        for (int i = 0; i < 5; i++) {
            signIn(user, "wrong" + i + "abc", addr).andExpect(redirectedUrl("/login?error"));
        }
        signIn(user, "secret123", addr).andExpect(redirectedUrl("/login?locked=1"));
        // Nobody elsewhere can lock the user out: from another address the right password works.
        signIn(user, "secret123", TestValues.address()).andExpect(redirectedUrl("/"));
    }

    @Test
    void unknownUserNamesAreLockedAlikeSoTheLockoutRevealsNothing() throws Exception {
        String ghost = TestValues.name("ghost");
        String addr = TestValues.address();
        for (int i = 0; i < 5; i++) {
            signIn(ghost, "x1234567", addr).andExpect(redirectedUrl("/login?error"));
        }
        signIn(ghost, "x1234567", addr).andExpect(redirectedUrl("/login?locked=1"));
    }

    @Test
    void fourFailuresThenASuccessResetsTheCount() throws Exception {
        String user = newAccount(false);
        String addr = TestValues.address();
        for (int i = 0; i < 4; i++) {
            signIn(user, "wrong" + i + "abc", addr);
        }
        signIn(user, "secret123", addr).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            signIn(user, "wrong" + i + "xyz", addr).andExpect(redirectedUrl("/login?error"));
        }
        signIn(user, "secret123", addr).andExpect(redirectedUrl("/"));
    }

    @Test
    void attemptsWhileLockedDoNotExtendTheLockAndEachLockoutLastsLonger() throws Exception {
        String user = newAccount(false);
        String addr = TestValues.address();
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 2, 10, 0, 0));
        for (int i = 0; i < 5; i++) {
            signIn(user, "wrong" + i + "abc", addr);
        }
        signIn(user, "wrong9abc", addr).andExpect(redirectedUrl("/login?locked=1"));
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 2, 10, 0, 30));
        for (int i = 0; i < 10; i++) {
            signIn(user, "secret123", addr).andExpect(redirectedUrl("/login?locked=1"));
        }
        // One minute after the first lockout it is over; five more failures lock it for five minutes.
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 2, 10, 1, 0));
        for (int i = 0; i < 5; i++) {
            signIn(user, "wrong" + i + "def", addr).andExpect(redirectedUrl("/login?error"));
        }
        signIn(user, "secret123", addr).andExpect(redirectedUrl("/login?locked=5"));
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 2, 10, 5, 59));
        signIn(user, "secret123", addr).andExpect(redirectedUrl("/login?locked=1"));
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 2, 10, 6, 0));
        signIn(user, "secret123", addr).andExpect(redirectedUrl("/"));
        // Refused attempts are audited like any failure.
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'SIGN_IN_FAILURE' "
                                + "and summary = 'locked'",
                        Integer.class,
                        user))
                .isEqualTo(13);
    }

    @Test
    void failuresAcrossManyNamesFromOneAddressAreThrottled() throws Exception {
        // At the start of a 15-minute window, so that it does not end during the test.
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 2, 11, 0));
        String user = newAccount(false);
        String addr = TestValues.address();
        for (int i = 0; i < 20; i++) {
            signIn(TestValues.name("spray"), "Passw0rd!", addr).andExpect(redirectedUrl("/login?error"));
        }
        signIn(TestValues.name("spray"), "Passw0rd!", addr).andExpect(redirectedUrl("/login?throttled=15"));
        signIn(user, "secret123", addr).andExpect(redirectedUrl("/login?throttled=15"));
        signIn(user, "secret123", TestValues.address()).andExpect(redirectedUrl("/"));
    }

    @Test
    void successesDoNotCountTowardsTheAddressThrottle() throws Exception {
        String user = newAccount(false);
        String addr = TestValues.address();
        for (int i = 0; i < 21; i++) {
            signIn(user, "secret123", addr).andExpect(redirectedUrl("/"));
        }
        signIn(TestValues.name("typo"), "Passw0rd!", addr).andExpect(redirectedUrl("/login?error"));
    }

    /**
     * Forty sign-ins from one address at once, at the start of a 15-minute window (so that it does not end during
     * the test); the answers are where each was redirected.
     */
    List<String> signInsAtOnce(IntFunction<String> username, String address) throws Exception {
        TestClock.setBeijing(LocalDateTime.of(2026, 3, 2, 11, 0));
        return AtOnce.run(IntStream.range(0, 40)
                .mapToObj(i -> (Callable<String>) () -> signIn(username.apply(i), "guess" + i + "abc", address)
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .toArray(Callable[]::new));
    }

    @Test
    void fortyParallelGuessesForOneNameFromOneAddressGetExactlyFivePasswordChecks() throws Exception {
        String user = newAccount(false);
        List<String> answers = signInsAtOnce(i -> user, TestValues.address());
        assertThat(answers).filteredOn("/login?error"::equals).hasSize(5);
        assertThat(answers).filteredOn(a -> a.startsWith("/login?locked=")).hasSize(35);
    }

    @Test
    void fortyParallelNamesFromOneAddressGetExactlyTwentyPasswordChecks() throws Exception {
        List<String> answers = signInsAtOnce(i -> TestValues.name("spray"), TestValues.address());
        assertThat(answers).filteredOn("/login?error"::equals).hasSize(20);
        assertThat(answers).filteredOn(a -> a.startsWith("/login?throttled=")).hasSize(20);
    }

    @Test
    void theSignInPageSaysHowLongToWaitInBothLanguages() throws Exception {
        mvc.perform(get("/login").param("locked", "5"))
                .andExpect(content().string(containsString("此用户名在本网络上登录失败次数过多，已暂时锁定，请 5 分钟后再试。")));
        mvc.perform(get("/login").param("throttled", "15").param("lang", "en"))
                .andExpect(content()
                        .string(containsString(
                                "Too many failed sign-ins from your network. Please try again in 15 minute(s).")));
        // An edited number is kept within the longest wait there is.
        mvc.perform(get("/login").param("locked", "99999")).andExpect(content().string(containsString("请 60 分钟后再试")));
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        String user = newAccount(false);
        // The sign-in page's CSRF token opens a session before the sign-in.
        Cookie before = SessionCookies.of(mvc.perform(get("/login")).andReturn());
        MvcResult result = mvc.perform(post("/login")
                        .cookie(before)
                        .with(csrf())
                        .param("username", user)
                        .param("password", "secret123"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        assertThat(SessionCookies.of(result).getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String user = newAccount(false);
        jdbc.update("update account set enabled = false where username = ?", user);
        String addr = TestValues.address();
        signIn(user, "secret123", addr).andExpect(redirectedUrl("/login?disabled"));
        // With a wrong password a disabled account looks like any other failure.
        signIn(user, "wrong1234", addr).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String user = newAccount(true);
        MvcResult signIn = mvc.perform(formLogin().user(user).password("secret123"))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn();
        Cookie session = SessionCookies.of(signIn);
        mvc.perform(get("/regions").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(SessionFixtures.passwordChange(session, "secret123")).andExpect(redirectedUrl("/"));
        mvc.perform(get("/regions").cookie(session)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select must_change_password from account where username = ?", Boolean.class, user))
                .isFalse();
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", DemoData.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesNeedASignInButTheLoginPageDoesNot() throws Exception {
        mvc.perform(get("/regions")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
    }
}
