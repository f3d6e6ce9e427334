package cn.xinjiuye.portal.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An account's active sessions on its administrator page (started, last used, address), ended one by one or all at
 * once, by administrators only; and a user's own 退出所有设备.
 */
@IntegrationTest
class AccountSessionsPageIntegrationTest extends SessionTest {

    @Autowired
    AccountSessionService sessions;

    @Test
    void theAdministratorSeesTheSessionsWithTheirAddressesAndEndsOne() throws Exception {
        String staff = f.account("ORG_STAFF", "210302");
        String phoneAddress = TestValues.address();
        String deskAddress = TestValues.address();
        Cookie phone = f.signIn(staff, phoneAddress);
        Cookie desk = f.signIn(staff, deskAddress);
        long id = f.id(staff);
        mvc.perform(get("/admin/accounts/{id}", id).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前登录会话")))
                .andExpect(content().string(containsString(phoneAddress)))
                .andExpect(content().string(containsString(deskAddress)))
                // The page names a session by a hash; its id, a credential, never leaves the server.
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(sessionId(staff, 0)))));

        List<SessionRow> rows = withAdmin(() -> sessions.of(id, null));
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.handle()).hasSize(64));
        SessionRow deskRow = rows.stream()
                .filter(r -> deskAddress.equals(r.address()))
                .findFirst()
                .orElseThrow();
        mvc.perform(post("/admin/accounts/{id}/sessions/{h}/end", id, deskRow.handle())
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/accounts/" + id))
                .andExpect(flash().attribute("success", "account.sessions.ended"));
        mvc.perform(get("/regions").cookie(desk)).andExpect(redirectedUrl("/login?ended=ENDED_BY_ADMIN"));
        mvc.perform(get("/regions").cookie(phone)).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/{id}/sessions/{h}/end", id, deskRow.handle())
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "account.sessions.alreadyEnded"));
        mvc.perform(post("/admin/accounts/{id}/sessions/{h}/end", id, "not-a-hash")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "account.sessions.alreadyEnded"));
        mvc.perform(get("/regions").cookie(phone)).andExpect(status().isOk());

        mvc.perform(post("/admin/accounts/{id}/sessions/end", id)
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "account.sessions.endedAll"));
        mvc.perform(get("/regions").cookie(phone)).andExpect(redirectedUrl("/login?ended=ENDED_BY_ADMIN"));
        mvc.perform(get("/admin/accounts/{id}", id).with(user(admin)))
                .andExpect(content().string(containsString("该账户当前没有登录会话")));
    }

    @Test
    void aHandleOfAnotherAccountEndsNothing() throws Exception {
        String one = f.account("ORG_STAFF", "210302");
        String other = f.account("ORG_STAFF", "210302");
        Cookie session = f.signIn(one);
        String handle = withAdmin(() -> sessions.of(f.id(one), null)).get(0).handle();
        mvc.perform(post("/admin/accounts/{id}/sessions/{h}/end", f.id(other), handle)
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "account.sessions.alreadyEnded"));
        mvc.perform(get("/regions").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void onlyAdministratorsSeeOrEndSessions() throws Exception {
        String staff = f.account("ORG_STAFF", "210302");
        Cookie session = f.signIn(staff);
        Cookie district = f.signIn(f.account("ORG_STAFF", "210302"));
        long id = f.id(staff);
        mvc.perform(get("/admin/accounts/{id}", id).cookie(district)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/accounts/{id}/sessions/end", id)
                        .cookie(district)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/regions").cookie(session)).andExpect(status().isOk());
        assertThat(f.sessions(staff)).isOne();
    }

    @Test
    void aUserSignsOutOfAllDevicesThisOneToo() throws Exception {
        String worker = f.account("WORKER", null);
        Cookie here = f.signIn(worker);
        Cookie elsewhere = f.signIn(worker);
        mvc.perform(get("/account/password").cookie(here)).andExpect(content().string(containsString("退出所有设备")));
        mvc.perform(post("/account/sessions/end").cookie(here).with(csrf())).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(here)).andExpect(redirectedUrl("/login?ended=SIGNED_OUT_EVERYWHERE"));
        mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login?ended=SIGNED_OUT_EVERYWHERE"));
        mvc.perform(get("/login").param("ended", "SIGNED_OUT_EVERYWHERE"))
                .andExpect(content().string(containsString("您已退出所有设备")));
        assertThat(f.sessions(worker)).isZero();
    }

    String sessionId(String username, int n) {
        return jdbc.queryForList(
                        "select session_id from spring_session where principal_name = ? order by session_id",
                        String.class,
                        username)
                .get(n);
    }

    <T> T withAdmin(java.util.concurrent.Callable<T> call) throws Exception {
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                admin, null, admin.getAuthorities()));
        try {
            return call.call();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
