package cn.xinjiuye.portal.region.web;

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

@PortalWebMvcTest(RegionController.class)
class RegionControllerTest {

    static final CurrentUser STREET = TestUsers.of(Role.STREET_STAFF, "/1/2/3/", "山南街道");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegionService regions;

    @Test
    void emptyAndOverLongFieldsRenderFieldErrorsAndKeepWhatWasTyped() throws Exception {
        mvc.perform(post("/regions")
                        .with(user(STREET))
                        .with(csrf())
                        .param("parentCode", "21030201x")
                        .param("code", "")
                        .param("name", "长".repeat(61)))
                .andExpect(status().isOk())
                .andExpect(view().name("region/form"))
                .andExpect(model().attributeHasFieldErrors("form", "parentCode", "code", "name"))
                .andExpect(content().string(containsString("21030201x")))
                .andExpect(content().string(containsString("此项必填")))
                .andExpect(content().string(containsString("不能超过 60 个字符")));
        verify(regions, never()).create(anyString(), anyString(), anyString());
    }

    @Test
    void errorsSpeakEnglishWhenAsked() throws Exception {
        mvc.perform(post("/regions")
                        .with(user(STREET))
                        .with(csrf())
                        .param("lang", "en")
                        .param("parentCode", "210302011")
                        .param("code", "12")
                        .param("name", "x"))
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
        mvc.perform(post("/regions")
                        .with(user(branch))
                        .with(csrf())
                        .param("code", "210302011009")
                        .param("name", "x"))
                .andExpect(status().isForbidden());
    }
}
