package cn.xinjiuye.portal.account.internal;

import static cn.xinjiuye.portal.support.PageContent.hides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
        mvc.perform(asAdmin("/admin/accounts/{id}/enabled", f.id(staff))
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
        resetPassword(staff);
        mvc.perform(post("/account/password").cookie(session).param("currentPassword", "x"))
                .andExpect(redirectedUrl("/login?ended=PASSWORD_RESET"));
    }

    @ParameterizedTest(name = "{0} {1} to {2} {3}: {4}")
    @CsvSource({
        "ORG_STAFF, 210302, STREET_STAFF, 210302011, ROLE_CHANGED",
        "STREET_STAFF, 210302011, STREET_STAFF, 210302012, REGION_CHANGED"
    })
    void changingTheRoleOrTheRegionEndsTheSessionsButEditingTheNameDoesNot(
            String role, String region, String newRole, String newRegion, String reason) throws Exception {
        String staff = f.account(role, region);
        Cookie session = f.signIn(staff);
        edit(staff, "改名", role, region);
        works(session);
        edit(staff, "改名", newRole, newRegion);
        endsWith(session, reason);
    }

    @Test
    void resettingThePasswordEndsTheSessions() throws Exception {
        String staff = f.account("ORG_STAFF", "210302");
        Cookie session = f.signIn(staff);
        resetPassword(staff).andExpect(status().is3xxRedirection());
        endsWith(session, "PASSWORD_RESET");
    }

    @Test
    void changingTheOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        String staff = f.account("ORG_STAFF", "210302");
        Cookie here = f.signIn(staff);
        Cookie elsewhere = f.signIn(staff);
        mvc.perform(SessionFixtures.passwordChange(here, SessionFixtures.PASSWORD))
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
        mvc.perform(SessionFixtures.passwordChange(here, "wrong-one-1")).andExpect(status().isOk());
        works(elsewhere);
    }

    @Test
    void movingTheRegionEndsTheSessionsOfEveryAccountBelowIt() throws Exception {
        SignedInCommunity moved = signedInCommunityBelow("210302011");
        Cookie other = f.signIn(f.account("COMMUNITY_SECRETARY", "210302011001"));
        change(moved, "move", "parentCode", "210302012");
        endsWith(moved.session(), "REGION_MOVED");
        works(other);
    }

    @Test
    void deactivatingTheRegionEndsTheSessionsOfEveryAccountBelowIt() throws Exception {
        SignedInCommunity community = signedInCommunityBelow("210302012");
        change(community, "active", "active", "false");
        endsWith(community.session(), "REGION_DEACTIVATED");
    }

    @Test
    void theSignInPageIgnoresAReasonItDoesNotKnow() throws Exception {
        mvc.perform(get("/login").param("ended", "<b>x</b>"))
                .andExpect(status().isOk())
                .andExpect(hides("session-ended", "<b>x</b>"));
    }

    void edit(String username, String displayName, String role, String regionCode) throws Exception {
        mvc.perform(asAdmin("/admin/accounts/{id}", f.id(username))
                        .param("displayName", displayName)
                        .param("role", role)
                        .param("regionCode", regionCode)
                        .param("version", f.version(username)))
                .andExpect(redirectedUrl("/admin/accounts/" + f.id(username)));
    }

    /** A form the test's administrator sends. */
    MockHttpServletRequestBuilder asAdmin(String url, Object... ids) {
        return post(url, ids).with(user(admin)).with(csrf());
    }

    ResultActions resetPassword(String username) throws Exception {
        return mvc.perform(
                asAdmin("/admin/accounts/{id}/reset-password", f.id(username)).param("version", f.version(username)));
    }

    /** A new community of the test's own, whose secretary is signed in. */
    SignedInCommunity signedInCommunityBelow(String streetCode) throws Exception {
        String code = TestValues.unused(streetCode, 3, c -> exists(c));
        long id = TestRegions.ensure(jdbc, code, TestValues.name("社区"), "COMMUNITY", streetCode);
        String secretary = f.account("COMMUNITY_SECRETARY", code);
        return new SignedInCommunity(id, secretary, f.signIn(secretary));
    }

    record SignedInCommunity(long id, String secretary, Cookie session) {}

    /** The administrator changes the community ({@code move}, {@code active}); its secretary's sessions end. */
    void change(SignedInCommunity community, String change, String param, String value) throws Exception {
        mvc.perform(asAdmin("/regions/{id}/" + change, community.id())
                        .param(param, value)
                        .param("version", String.valueOf(regionVersion(community.id()))))
                .andExpect(redirectedUrl("/regions/" + community.id()));
        awaitNoSession(community.secretary());
    }

    boolean exists(String code) {
        return jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, code) > 0;
    }

    /** Region changes reach the account module after their commit (a module event). */
    void awaitNoSession(String username) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> f.sessions(username) == 0);
    }
}
