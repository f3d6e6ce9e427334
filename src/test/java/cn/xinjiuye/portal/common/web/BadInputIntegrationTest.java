package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.xinjiuye.portal.support.FormErrors;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Input never makes a 500: a page past the last shows the last page on every list, an unknown dashboard section is
 * a 404, a NUL character or an over-long value is a field error on a form and a 400 page elsewhere, messages carry
 * no Java type names, and the error pages have every message in both languages.
 */
@IntegrationTest
class BadInputIntegrationTest extends PortalIntegrationTest {

    UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    /** Every list page with a pager, with the account that may see it. */
    List<String[]> lists() {
        long team = jdbc.queryForObject(
                "select t.id from volunteer_team t join region r on r.id = t.region_id "
                        + "where r.path like (select path from region where code = '210302') || '%' order by t.id limit 1",
                Long.class);
        return List.of(
                new String[] {"admin", "/admin/accounts"},
                new String[] {"admin", "/admin/audit"},
                new String[] {"tiedong", "/care/packages"},
                new String[] {"tiedong", "/care/teams/" + team},
                new String[] {"tiedong", "/care/recognitions"},
                new String[] {"tiedong", "/receptions"},
                new String[] {"tiedong", "/cases"},
                new String[] {"tiedong", "/cases/overdue"},
                new String[] {"tiedong", "/enterprises"},
                new String[] {"tiedong", "/people"},
                new String[] {"tiedong", "/regions"},
                new String[] {"tiedong", "/stations"});
    }

    @Test
    void aPagePastTheLastShowsTheLastPageOnEveryList() throws Exception {
        for (String[] list : lists()) {
            for (String page : new String[] {"2147483647", "99999"}) {
                MvcResult result = mvc.perform(get(list[1]).param("page", page).with(user(as(list[0]))))
                        .andReturn();
                int status = result.getResponse().getStatus();
                assertThat(status).as(list[1] + "?page=" + page).isIn(200, 302);
                if (status == 302) {
                    String location = result.getResponse().getRedirectedUrl();
                    assertThat(location)
                            .as(list[1])
                            .startsWith(list[1] + "?page=")
                            .doesNotContain(page);
                    assertThat(mvc.perform(get(location).with(user(as(list[0]))))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus())
                            .as(location)
                            .isEqualTo(200);
                }
            }
        }
        // The filters stay on the redirect.
        String location = mvc.perform(get("/people")
                        .param("q", "王")
                        .param("page", "2147483647")
                        .with(user(as("tiedong"))))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).contains("q=").endsWith("page=0");
    }

    @Test
    void anUnknownDashboardSectionIsNotFound() throws Exception {
        MvcResult result = mvc.perform(
                        get("/dashboard/export").param("section", "nonexistent").with(user(as("tiedong"))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("页面不存在");
    }

    MvcResult addOrganization(String name, String regionCode) throws Exception {
        return mvc.perform(post("/organizations")
                        .with(csrf())
                        .with(user(as("tiedong")))
                        .param("name", name)
                        .param("type", "BRANCH")
                        .param("regionCode", regionCode)
                        .param("industry", "EXPRESS"))
                .andReturn();
    }

    static Map<String, String> errors(MvcResult result) {
        return FormErrors.of(result);
    }

    static void noJavaTypes(String body) {
        assertThat(body)
                .doesNotContain("java.lang")
                .doesNotContain("Exception")
                .doesNotContain("Failed to convert")
                .doesNotContain("??");
    }

    @Test
    void aNulCharacterOnAFormIsAFieldErrorAndNothingIsSaved() throws Exception {
        String name = TestValues.name("支部") + "\u0000";
        MvcResult result = addOrganization(name, "210302011001");
        assertThat(errors(result)).isEqualTo(Map.of("name", "typeMismatch"));
        String body = result.getResponse().getContentAsString();
        assertThat(body).contains("含有无法保存的字符");
        noJavaTypes(body);
        assertThat(jdbc.queryForObject(
                        "select count(*) from party_organization where name = ?",
                        Integer.class,
                        name.replace("\u0000", "")))
                .isZero();
    }

    @Test
    void anOverLongValueIsAFieldError() throws Exception {
        MvcResult result = addOrganization("支".repeat(81), "210302011001");
        assertThat(errors(result)).isEqualTo(Map.of("name", "Size"));
        assertThat(result.getResponse().getContentAsString()).contains("不能超过 80 个字符");
    }

    @Test
    void aNumberThatIsNoNumberSaysSoWithoutJavaTypes() throws Exception {
        MvcResult result = mvc.perform(post("/enterprises")
                        .with(csrf())
                        .with(user(as("tiedong")))
                        .param("name", TestValues.name("网点"))
                        .param("kind", "EXPRESS_OUTLET")
                        .param("regionCode", "210302011001")
                        .param("industry", "EXPRESS")
                        .param("workerCount", "很多")
                        .param("coverage", "NONE"))
                .andReturn();
        assertThat(errors(result)).isEqualTo(Map.of("workerCount", "typeMismatch"));
        String body = result.getResponse().getContentAsString();
        assertThat(body).contains("格式不正确");
        noJavaTypes(body);
    }

    @Test
    void aNulCharacterInTheUrlIsABadRequestWithAReadablePage() throws Exception {
        for (var request :
                List.of(get("/people").param("q", "王\u0000"), get("/dashboard").param("period", "2026\u0000"))) {
            MvcResult result = mvc.perform(request.with(user(as("tiedong")))).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(400);
            String body = result.getResponse().getContentAsString();
            assertThat(body).contains("请求无法处理");
            noJavaTypes(body);
        }
        // A malformed number in the URL still names no page.
        assertThat(mvc.perform(get("/people/abc").with(user(as("tiedong"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aNulCharacterInTheSignInFormIsABadRequestBeforeAnyLookUp() throws Exception {
        MvcResult result = mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", "admin\u0000")
                        .param("password", "x"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void everyErrorPageHasItsMessagesInBothLanguages() throws Exception {
        Map<Integer, String[]> titles = Map.of(
                400, new String[] {"请求无法处理", "The request cannot be processed"},
                403, new String[] {"无权访问", "Access denied"},
                404, new String[] {"页面不存在", "Not found"},
                409, new String[] {"内容已被他人修改", "Changed by someone else"},
                500, new String[] {"系统出错", "Internal error"});
        for (var entry : titles.entrySet()) {
            for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                // What Boot's error page controller renders after a sendError (a 403 from Spring Security).
                MvcResult result = mvc.perform(get("/error")
                                .accept(MediaType.TEXT_HTML)
                                .param("lang", locale.getLanguage().equals("en") ? "en" : "zh_CN")
                                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, entry.getKey())
                                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/regions/1")
                                .with(user(as("tiedong"))))
                        .andReturn();
                String body = result.getResponse().getContentAsString();
                assertThat(result.getResponse().getStatus()).isEqualTo(entry.getKey());
                assertThat(body).as(entry.getKey() + " " + locale).doesNotContain("??");
                String title = entry.getValue()[locale.getLanguage().equals("en") ? 1 : 0];
                assertThat(body).as(entry.getKey() + " " + locale).contains(title);
                noJavaTypes(body);
            }
        }
    }
}
