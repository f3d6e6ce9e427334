package cn.xinjiuye.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestUsers;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A visitor's start page at /, the header that links the public pages, and the icons a phone asks for. */
@IntegrationTest
class StartPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    String html(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).locale(locale))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aVisitorGetsTheStartPageInBothLanguages() throws Exception {
        String zh = html("/", Locale.SIMPLIFIED_CHINESE);
        assertThat(zh)
                .contains("找附近驿站", "随手拍上报", "查询工单", "登录 / 注册")
                .contains("href=\"/public/stations\"", "href=\"/public/cases/new\"", "href=\"/public/cases/track\"")
                .contains("id=\"start-login\" href=\"/login\"", "id=\"start-register\" href=\"/register\"");
        assertThat(html("/?lang=en", Locale.ENGLISH)).contains("Find a station nearby", "Report a hazard");
    }

    @Test
    void everyPublicPageLinksTheOthersAndTheIcons() throws Exception {
        for (String path :
                new String[] {"/", "/public/stations", "/public/cases/new", "/public/cases/track", "/login"}) {
            assertThat(html(path, Locale.SIMPLIFIED_CHINESE))
                    .as(path)
                    .contains("href=\"/public/stations\" id=\"nav-finder\"")
                    .contains("href=\"/public/cases/new\" id=\"nav-report\"")
                    .contains("href=\"/public/cases/track\" id=\"nav-track\"")
                    .contains("href=\"/register\" id=\"nav-register\"")
                    .contains("rel=\"manifest\" href=\"/manifest.webmanifest\"")
                    .contains("rel=\"apple-touch-icon\"");
        }
    }

    @Test
    void signedInPeopleGetTheirHomeWithoutTheVisitorsHeader() throws Exception {
        String home = mvc.perform(get("/").with(user(TestUsers.worker())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home)
                .contains("id=\"welcome\"")
                .doesNotContain("id=\"public-nav\"")
                .doesNotContain("start-finder");
        mvc.perform(get("/stations")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/stations").with(user(TestUsers.of(Role.ADMIN, "/1/", "全省"))))
                .andExpect(status().isOk());
    }

    @Test
    void iconsAndTheManifestAreServed() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/img/icon-192.png"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/img/icon.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("image/svg+xml")));
        String manifest = mvc.perform(get("/manifest.webmanifest"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"start_url\": \"/\"", "/img/icon-512.png", "新就业群体党建服务平台");
    }
}
