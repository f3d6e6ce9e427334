package cn.xinjiuye.portal.region.web;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.region.RegionService;
import cn.xinjiuye.portal.support.PortalWebMvcTest;
import cn.xinjiuye.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalWebMvcTest(RegionController.class)
class RegionControllerTest {

    static final CurrentUser STREET = TestUsers.of(Role.STREET_STAFF, "/1/2/3/", "山南街道");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegionService regions;

    /** The new-region form, sent by the user. */
    static MockHttpServletRequestBuilder newRegion(CurrentUser who, String parentCode, String code, String name) {
        return post("/regions")
                .with(user(who))
                .with(csrf())
                .param("parentCode", parentCode)
                .param("code", code)
                .param("name", name);
    }

    @Test
    void emptyAndOverLongFieldsRenderFieldErrorsAndKeepWhatWasTyped() throws Exception {
        mvc.perform(newRegion(STREET, "21030201x", "", "长".repeat(61)))
                .andExpect(status().isOk())
                .andExpect(view().name("region/form"))
                .andExpect(model().attributeHasFieldErrors("form", "parentCode", "code", "name"))
                .andExpect(shows("21030201x", "此项必填", "不能超过 60 个字符"));
        verify(regions, never()).create(anyString(), anyString(), anyString());
    }

    @Test
    void errorsSpeakEnglishWhenAsked() throws Exception {
        mvc.perform(newRegion(STREET, "210302011", "12", "x").param("lang", "en"))
                .andExpect(content().string(containsString("A region code has 6 to 15 digits")));
    }

    @Test
    void postingWithoutCsrfIsForbidden() throws Exception {
        mvc.perform(post("/regions")
                        .with(user(STREET))
                        .param("code", "210302011009")
                        .param("name", "x"))
                .andExpect(status().isForbidden());
        verify(regions, never()).create(any(), any(), any());
    }

    @Test
    void branchSecretariesAreRefusedByTheController() throws Exception {
        CurrentUser branch = TestUsers.of(Role.BRANCH_SECRETARY, "/1/2/3/", "山南街道");
        mvc.perform(newRegion(branch, "210302011", "210302011009", "x")).andExpect(status().isForbidden());
    }
}
