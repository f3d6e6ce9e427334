package cn.xinjiuye.portal.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestRegions;
import cn.xinjiuye.portal.support.TestValues;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every change that alters who an account is or what it may see ends all its sessions at once, in the change's own
 * transaction (or, for a region, right after it): the next request lands on the sign-in page, which says why.
 */
@IntegrationTest
class SessionsEndWithTheAccountIntegrationTest extends SessionTest {

    /** The session works; after the change its next request is sent to the sign-in page with the reason, once. */
    void endsWith(Cookie session, String reason) throws Exception {
        mvc.perform(get("/regions").cookie(session)).andExpect(redirectedUrl("/login?ended=" + reason));
        mvc.perform(get("/regions").cookie(session)).andExpect(redirectedUrl("/login"));
    }

    void works(Cookie session) throws Exception {
        mvc.perform(get("/regions").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void disablingTheAccountEndsEverySessionOfItAndTheSignInPageSaysWhy() throws Exception {
        String staff = f.account("ORG_STAFF", "210302");
        Cookie phone = f.signIn(staff);
        Cookie desk = f.signIn(staff);
        works(phone);
        works(desk);
        mvc.perform(post("/admin/accounts/{id}/enabled", f.id(staff))
                        .with(user(admin))
                        .with(csrf())
                        .param("enabled", "false")
                        .param("version", f.version(staff)))
                .andExpect(status().is3xxRedirection());
        assertThat(f.sessions(staff)).isZero();
        endsWith(phone, "DISABLED");
        endsWith(desk, "DISABLED");
        mvc.perform(get("/login").param("ended", "DISABLED"))
                .andExpect(content().string(containsString("该账户已被管理员停用")));
        mvc.perform(get("/login").param("ended", "DISABLED").param("lang", "en"))
                .andExpect(content().string(containsString("This account was disabled by an administrator")));
    }

    @Test
    void aFormSentWithAnEndedSessionAlsoLandsOnTheSignInPageNotOnA403() throws Exception {
        String staff = f.account("ORG_STAFF", "210302");
        Cookie session = f.signIn(staff);
        mvc.perform(post("/admin/accounts/{id}/reset-password", f.id(staff))
                .with(user(admin))
                .with(csrf())
                .param("version", f.version(staff)));
        mvc.perform(post("/account/password").cookie(session).param("currentPassword", "x"))
                .andExpect(redirectedUrl("/login?ended=PASSWORD_RESET"));
    }

    @Test
    void changingTheRoleEndsTheSessionsButEditingTheNameDoesNot() throws Exception {
        String staff = f.account("ORG_STAFF", "210302");
        Cookie session = f.signIn(staff);
        edit(staff, "改名", "ORG_STAFF", "210302");
        works(session);
        edit(staff, "改名", "STREET_STAFF", "210302011");
        endsWith(session, "ROLE_CHANGED");
    }

    @Test
    void changingTheRegionEndsTheSessions() throws Exception {
        String staff = f.account("STREET_STAFF", "210302011");
        Cookie session = f.signIn(staff);
        edit(staff, "会话", "STREET_STAFF", "210302012");
        endsWith(session, "REGION_CHANGED");
    }

    @Test
    void resettingThePasswordEndsTheSessions() throws Exception {
        String staff = f.account("ORG_STAFF", "210302");
        Cookie session = f.signIn(staff);
        mvc.perform(post("/admin/accounts/{id}/reset-password", f.id(staff))
                        .with(user(admin))
                        .with(csrf())
                        .param("version", f.version(staff)))
                .andExpect(status().is3xxRedirection());
        endsWith(session, "PASSWORD_RESET");
    }

    @Test
    void changingTheOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        String staff = f.account("ORG_STAFF", "210302");
        Cookie here = f.signIn(staff);
        Cookie elsewhere = f.signIn(staff);
        mvc.perform(post("/account/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", SessionFixtures.PASSWORD)
                        .param("newPassword", "fresh2026x")
                        .param("confirmPassword", "fresh2026x"))
                .andExpect(redirectedUrl("/"));
        works(here);
        endsWith(elsewhere, "PASSWORD_CHANGED");
        assertThat(f.sessions(staff)).isOne();
    }

    @Test
    void aWrongCurrentPasswordEndsNothing() throws Exception {
        String staff = f.account("ORG_STAFF", "210302");
        Cookie here = f.signIn(staff);
        Cookie elsewhere = f.signIn(staff);
        mvc.perform(post("/account/password")
                        .cookie(here)
                        .with(csrf())
                        .param("currentPassword", "wrong-one-1")
                        .param("newPassword", "fresh2026x")
                        .param("confirmPassword", "fresh2026x"))
                .andExpect(status().isOk());
        works(elsewhere);
    }

    @Test
    void movingTheRegionEndsTheSessionsOfEveryAccountBelowIt() throws Exception {
        String code = TestValues.unused("210302011", 3, c -> exists(c));
        long community = TestRegions.ensure(jdbc, code, TestValues.name("社区"), "COMMUNITY", "210302011");
        String secretary = f.account("COMMUNITY_SECRETARY", code);
        String outside = f.account("COMMUNITY_SECRETARY", "210302011001");
        Cookie moved = f.signIn(secretary);
        Cookie other = f.signIn(outside);
        mvc.perform(post("/regions/{id}/move", community)
                        .with(user(admin))
                        .with(csrf())
                        .param("parentCode", "210302012")
                        .param("version", regionVersion(community)))
                .andExpect(redirectedUrl("/regions/" + community));
        awaitNoSession(secretary);
        endsWith(moved, "REGION_MOVED");
        works(other);
    }

    @Test
    void deactivatingTheRegionEndsTheSessionsOfEveryAccountBelowIt() throws Exception {
        String code = TestValues.unused("210302012", 3, c -> exists(c));
        long community = TestRegions.ensure(jdbc, code, TestValues.name("社区"), "COMMUNITY", "210302012");
        String secretary = f.account("COMMUNITY_SECRETARY", code);
        Cookie session = f.signIn(secretary);
        mvc.perform(post("/regions/{id}/active", community)
                        .with(user(admin))
                        .with(csrf())
                        .param("active", "false")
                        .param("version", regionVersion(community)))
                .andExpect(redirectedUrl("/regions/" + community));
        awaitNoSession(secretary);
        endsWith(session, "REGION_DEACTIVATED");
    }

    @Test
    void theSignInPageIgnoresAReasonItDoesNotKnow() throws Exception {
        mvc.perform(get("/login").param("ended", "<b>x</b>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("session-ended"))))
                .andExpect(content().string(not(containsString("<b>x</b>"))));
    }

    void edit(String username, String displayName, String role, String regionCode) throws Exception {
        mvc.perform(post("/admin/accounts/{id}", f.id(username))
                        .with(user(admin))
                        .with(csrf())
                        .param("displayName", displayName)
                        .param("role", role)
                        .param("regionCode", regionCode)
                        .param("version", f.version(username)))
                .andExpect(redirectedUrl("/admin/accounts/" + f.id(username)));
    }

    boolean exists(String code) {
        return jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, code) > 0;
    }

    String regionVersion(long id) {
        return String.valueOf(jdbc.queryForObject("select version from region where id = ?", Long.class, id));
    }

    /** Region changes reach the account module after their commit (a module event). */
    void awaitNoSession(String username) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> f.sessions(username) == 0);
    }
}
