package cn.xinjiuye.portal.governance.internal;

import static cn.xinjiuye.portal.governance.internal.Open311Calls.body;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.get311;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.SessionCookies;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Administrators issue keys (the secret shown once, its hash stored), scope and revoke them; each has its own limit. */
@IntegrationTest
class Open311KeysIntegrationTest extends PortalIntegrationTest {

    @Autowired
    ApiKeyAdmin admin;

    long tiedong() {
        return jdbc.queryForObject("select id from region where code = '210302'", Long.class);
    }

    @Test
    void anAdministratorIssuesAKeyWhoseSecretIsShownOnceAndOnlyHashed() throws Exception {
        String name = TestValues.name("城市大脑 ");
        MvcResult issued = mvc.perform(post("/admin/governance/keys")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("admin")))
                        .param("name", name)
                        .param("districtIds", String.valueOf(tiedong()))
                        .param("perMinute", "30"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        ApiKeyAdmin.IssuedKey key = (ApiKeyAdmin.IssuedKey) issued.getFlashMap().get("issued");
        assertThat(key.secret()).startsWith("o311_").hasSizeGreaterThan(30);
        assertThat(jdbc.queryForObject("select key_hash from api_key where name = ?", String.class, name))
                .isEqualTo(ApiKeys.sha256(key.secret()))
                .isNotEqualTo(key.secret());
        // The page the redirect leads to shows it (the flash lives in the session: the next request brings its cookie).
        String shownAfterRedirect = body(mvc.perform(get("/admin/governance/keys")
                        .with(user(users.loadUserByUsername("admin")))
                        .cookie(SessionCookies.of(issued)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(shownAfterRedirect).contains(key.secret(), name);
        String later = body(mvc.perform(get("/admin/governance/keys").with(user(users.loadUserByUsername("admin"))))
                .andReturn());
        assertThat(later).contains(name).doesNotContain(key.secret());

        mvc.perform(post("/admin/governance/keys")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("admin")))
                        .param("name", name))
                .andExpect(flash().attribute("error", "open311.key.error.districts"));
        mvc.perform(get("/admin/governance/keys").with(user(users.loadUserByUsername("fukang"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aKeyRecordsItsLastUseAndARevokedKeyIsRefused() throws Exception {
        ApiKeyAdmin.IssuedKey key = admin.issue(TestValues.name("吊销 "), List.of(tiedong()), null, 100);
        mvc.perform(get311("requests.json").param("api_key", key.secret())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select last_used_at is not null from api_key where id = ?", Boolean.class, key.id()))
                .isTrue();
        mvc.perform(post("/admin/governance/keys/{id}/revoke", key.id())
                        .with(csrf())
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(flash().attribute("success", "open311.key.revoked"));
        String refused = body(mvc.perform(get311("requests.xml").param("api_key", key.secret()))
                .andExpect(status().isForbidden())
                .andReturn());
        GeoReportRules.xml(refused, "errors");
    }

    @Test
    void eachKeyHasItsOwnLimitPerMinute() throws Exception {
        ApiKeyAdmin.IssuedKey slow = admin.issue(TestValues.name("限速 "), List.of(tiedong()), null, 2);
        ApiKeyAdmin.IssuedKey other = admin.issue(TestValues.name("不限 "), List.of(tiedong()), null, 100);
        TestClock.setBeijing(LocalDateTime.of(2026, 12, 1, 10, 0, 5));
        try {
            mvc.perform(get311("services.json").param("api_key", slow.secret())).andExpect(status().isOk());
            mvc.perform(get311("services.json").param("api_key", slow.secret())).andExpect(status().isOk());
            GeoReportRules.errors(
                    body(mvc.perform(get311("services.json").param("api_key", slow.secret()))
                            .andExpect(status().isTooManyRequests())
                            .andReturn()),
                    429);
            mvc.perform(get311("services.json").param("api_key", other.secret()))
                    .andExpect(status().isOk());
        } finally {
            TestClock.reset();
        }
    }
}
