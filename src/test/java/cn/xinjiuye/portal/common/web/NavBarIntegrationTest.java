package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The navigation bar shows each role the links of its work, and a visitor only the way to sign in. */
@IntegrationTest
class NavBarIntegrationTest {

    static final List<String> ALL = List.of(
            "/dashboard", "/regions", "/organizations", "/care/packages", "/stations", "/cases", "/admin/accounts");

    @Autowired
    MockMvc mvc;

    String page(CurrentUser who) throws Exception {
        return mvc.perform(get("/account/password").with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static List<String> linksIn(String html) {
        return ALL.stream()
                // A link of the bar, or of the administrator's menu in it.
                .filter(link -> html.contains("class=\"nav-link\" href=\"" + link + "\"")
                        || html.contains("class=\"dropdown-item\" href=\"" + link + "\""))
                .toList();
    }

    @Test
    void eachRoleSeesTheLinksOfItsWork() throws Exception {
        assertThat(linksIn(page(TestUsers.of(Role.ADMIN, "/1/", "全省")))).containsExactlyElementsOf(ALL);
        assertThat(linksIn(page(TestUsers.of(Role.COMMUNITY_SECRETARY, "/1/2/", "福康社区"))))
                .containsExactly("/dashboard", "/regions", "/organizations", "/care/packages", "/stations", "/cases");
        assertThat(linksIn(page(TestUsers.of(Role.BRANCH_SECRETARY, "/1/2/", "福康社区"))))
                .containsExactly("/organizations", "/care/packages");
        assertThat(linksIn(page(TestUsers.of(Role.DEPARTMENT_STAFF, "/1/2/", "消防大队"))))
                .containsExactly("/cases");
        String worker = page(TestUsers.worker());
        assertThat(linksIn(worker)).isEmpty();
        assertThat(worker).contains("王师傅").contains("id=\"logout\"");
        // 我的上报 is the workers' own; every signed-in account has its inbox.
        assertThat(worker).contains("href=\"/my/cases\"").contains("id=\"nav-inbox\"");
        assertThat(page(TestUsers.of(Role.COMMUNITY_SECRETARY, "/1/2/", "福康社区")))
                .doesNotContain("href=\"/my/cases\"")
                .contains("id=\"nav-inbox\"");
    }

    @Test
    void aVisitorSeesOnlySignIn() throws Exception {
        String html = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(linksIn(html)).isEmpty();
        assertThat(html)
                .contains("href=\"/login\"")
                .doesNotContain("id=\"logout\"")
                .doesNotContain("nav-inbox");
    }
}
