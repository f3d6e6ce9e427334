package cn.xinjiuye.portal.care.web;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.xinjiuye.portal.care.internal.AidPackageService;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.support.PortalWebMvcTest;
import cn.xinjiuye.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortalWebMvcTest(AidPackageController.class)
class AidPackageControllerTest {

    static final CurrentUser SECRETARY = TestUsers.of(Role.COMMUNITY_SECRETARY, "/1/2/3/9/", "福康社区");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AidPackageService packages;

    @Test
    void anEmptyFormComesBackWithEveryErrorInEnglishWhenAsked() throws Exception {
        mvc.perform(post("/care/packages")
                        .with(user(SECRETARY))
                        .with(csrf())
                        .param("lang", "en")
                        .param("communityCode", "21030201100")
                        .param("householdHead", "")
                        .param("householdSize", "30")
                        .param("needs", "需要帮助"))
                .andExpect(status().isOk())
                .andExpect(view().name("care/packages/form"))
                .andExpect(shows("A community code has 12 digits", "Household size from 1 to 20", "需要帮助"));
        verify(packages, never()).create(any(), any());
    }

    @Test
    void withoutCsrfNothingIsCalled() throws Exception {
        mvc.perform(post("/care/packages").with(user(SECRETARY)).param("communityCode", "210302011001"))
                .andExpect(status().isForbidden());
        verify(packages, never()).create(any(), any());
    }
}
