package cn.xinjiuye.portal.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.SessionCookies;
import cn.xinjiuye.portal.support.TestValues;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
public class SignInIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

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
        String wrongPassword = mvc.perform(formLogin().user(user).password("nope12345"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String unknownUser = mvc.perform(formLogin().user("nobody-" + user).password("nope12345"))
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

    @Test
    void fiveFailuresLockTheAccountEvenWithTheRightPassword() throws Exception {
        String user = newAccount(false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(user).password("wrong" + i + "abc")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(user).password("secret123")).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void unknownUserNamesAreLockedAlikeSoTheLockoutRevealsNothing() throws Exception {
        String ghost = TestValues.name("ghost");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(ghost).password("x1234567"));
        }
        mvc.perform(formLogin().user(ghost).password("x1234567")).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void fourFailuresThenASuccessResetsTheCount() throws Exception {
        String user = newAccount(false);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(user).password("wrong" + i + "abc"));
        }
        mvc.perform(formLogin().user(user).password("secret123")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(user).password("wrong9abc")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(user).password("secret123")).andExpect(redirectedUrl("/"));
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
        mvc.perform(formLogin().user(user).password("secret123")).andExpect(redirectedUrl("/login?disabled"));
        // With a wrong password a disabled account looks like any other failure.
        mvc.perform(formLogin().user(user).password("wrong1234")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aResetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String user = newAccount(true);
        MvcResult signIn = mvc.perform(formLogin().user(user).password("secret123"))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn();
        Cookie session = SessionCookies.of(signIn);
        mvc.perform(get("/regions").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", "secret123")
                        .param("newPassword", "fresh2026x")
                        .param("confirmPassword", "fresh2026x"))
                .andExpect(redirectedUrl("/"));
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
