package cn.xinjiuye.portal.governance.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.governance.internal.CaseFiling;
import cn.xinjiuye.portal.governance.internal.CaseTracking;
import cn.xinjiuye.portal.governance.internal.ReportDrafts;
import cn.xinjiuye.portal.support.PortalWebMvcTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@PortalWebMvcTest(PublicCaseController.class)
class PublicCaseControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CaseFiling filing;

    @MockitoBean
    CaseTracking tracking;

    @MockitoBean
    ReportSubmission submission;

    @MockitoBean
    ReportDrafts drafts;

    @Test
    void theReportFormIsPublicAndShowsFieldErrorsKeepingWhatWasTyped() throws Exception {
        when(filing.reportPage()).thenReturn(new CaseFiling.ReportPage(List.of(), Map.of(), null, true, false, 300));
        mvc.perform(get("/public/cases/new").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-form\"")));
        mvc.perform(post("/public/cases/new")
                        .with(anonymous())
                        .with(csrf())
                        .param("source", "SNAPSHOT")
                        .param("description", "消防通道被占")
                        .param("lat", "91")
                        .param("phone", "12345"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "category", "lat", "phone", "communityId"))
                .andExpect(content().string(containsString("消防通道被占")));
        verify(submission, never()).file(any(), anyString());
    }

    @Test
    void postingWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/public/cases/new").with(anonymous()).param("description", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/public/cases/track")
                        .with(anonymous())
                        .param("caseNo", "GZ1")
                        .param("phoneTail", "1234"))
                .andExpect(status().isForbidden());
        verify(tracking, never()).track(any(), any(), any());
    }
}
