package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestUsers;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The parts rendered once per language (portal:once): each language gets its own copy, odd locales share the copy of
 * the bundle they fall back to, and a signed-in user never gets the visitors' bar, nor a visitor a user's.
 */
@IntegrationTest
class OnceFragmentsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OnceFragments once;

    @Autowired
    SpringTemplateEngine engine;

    String visitorPage(String lang) throws Exception {
        return mvc.perform(get("/public/stations").param("lang", lang))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void eachLanguageHasItsOwnCopyAndOddLocalesShareTheirBundles() throws Exception {
        assertThat(visitorPage("en")).contains("id=\"nav-finder\">Stations nearby<", ">Privacy notice<");
        assertThat(visitorPage("zh_CN")).contains("id=\"nav-finder\">找附近驿站<", ">个人信息保护告知<");
        String english = visitorPage("en");
        assertThat(english).contains("id=\"nav-finder\">Stations nearby<").doesNotContain("找附近驿站");
        int copies = once.copies();
        // French and Austrian German fall back to the Chinese base bundle, British English to English: no new copy.
        assertThat(visitorPage("fr")).contains("id=\"nav-finder\">找附近驿站<");
        assertThat(visitorPage("de_AT")).contains("id=\"nav-finder\">找附近驿站<");
        assertThat(visitorPage("en_GB")).contains("id=\"nav-finder\">Stations nearby<");
        assertThat(once.copies()).isEqualTo(copies);
    }

    @Test
    void aSignedInUserGetsTheirOwnBarAndAVisitorNeverSeesIt() throws Exception {
        visitorPage("zh_CN");
        String worker = mvc.perform(get("/public/stations").with(user(TestUsers.worker())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(worker).contains("王师傅", "id=\"logout\"", "id=\"nav-inbox\"").doesNotContain("id=\"nav-register\"");
        assertThat(visitorPage("zh_CN"))
                .contains("id=\"nav-register\"")
                .doesNotContain("王师傅")
                .doesNotContain("id=\"logout\"");
    }

    @Test
    void aFragmentWithoutItsTemplateIsRefusedWithTheReason() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(new MockServletContext())
                        .buildExchange(request, new MockHttpServletResponse()),
                Locale.SIMPLIFIED_CHINESE,
                Map.of());
        assertThatThrownBy(() -> engine.process("test/once-unnamed", context))
                .isInstanceOf(TemplateProcessingException.class)
                .hasMessageContaining("template :: fragment");
    }
}
