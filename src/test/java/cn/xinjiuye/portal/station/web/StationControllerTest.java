package cn.xinjiuye.portal.station.web;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.station.internal.StationExcel;
import cn.xinjiuye.portal.station.internal.StationPages;
import cn.xinjiuye.portal.station.internal.StationPhotos;
import cn.xinjiuye.portal.station.internal.StationService;
import cn.xinjiuye.portal.support.PortalWebMvcTest;
import cn.xinjiuye.portal.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalWebMvcTest(StationController.class)
class StationControllerTest {

    static final CurrentUser SECRETARY = TestUsers.of(Role.COMMUNITY_SECRETARY, "/1/2/3/", "福康社区");
    static final CurrentUser WORKER = TestUsers.worker();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StationService stations;

    @MockitoBean
    StationExcel excel;

    @MockitoBean
    StationPages pages;

    @MockitoBean
    StationPhotos photos;

    /** The new-station form, POSTed by the secretary. */
    static MockHttpServletRequestBuilder newStation() {
        return post("/stations").with(user(SECRETARY)).with(csrf());
    }

    /** The form of an open shop's station in 福康社区, valid but for what a test adds (its opening hours). */
    static MockHttpServletRequestBuilder validStation() {
        return newStation()
                .param("name", "驿站")
                .param("hostType", "SHOP")
                .param("address", "山南路")
                .param("lat", "41.1")
                .param("lng", "122.9")
                .param("communityCode", "210302011001")
                .param("status", "OPEN");
    }

    @Test
    void emptyOutOfRangeAndUnreadableFieldsAreShownAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(newStation()
                        .param("name", "")
                        .param("address", "山南路")
                        .param("lat", "91")
                        .param("lng", "200")
                        .param("communityCode", "210302011001")
                        .param("hoursMon", "9点-5点")
                        .param("hoursTue", "20:00-08:00")
                        .param("managerPhone", "12345")
                        .param("status", "OPEN"))
                .andExpect(status().isOk())
                .andExpect(view().name("station/form"))
                .andExpect(model().attributeHasFieldErrors("form", "name", "hostType", "lat", "lng", "managerPhone"))
                .andExpect(shows("9点-5点", "纬度应在 -90 到 90 之间", "此项必填"));
        mvc.perform(newStation()
                        .param("name", "驿站")
                        .param("lat", "41.1")
                        .param("lng", "abc")
                        .param("status", "OPEN"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "lng"))
                .andExpect(content().string(containsString("value=\"abc\"")));
        verify(stations, never()).create(any());
    }

    @Test
    void anUnreadableDayIsAnErrorOnThatDay() throws Exception {
        mvc.perform(validStation()
                        .param("lang", "en")
                        .param("hoursMon", "08:00-20:00")
                        .param("hoursWed", "20:00-08:00"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "hoursWed", "station.error.hours"))
                .andExpect(content().string(containsString("closing after opening")));
        verify(stations, never()).create(any());
    }

    @Test
    void postingWithoutCsrfIsForbidden() throws Exception {
        mvc.perform(post("/stations/5/services").with(user(SECRETARY)).param("kind", "MEAL"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/stations/5/delete").with(user(SECRETARY)).param("version", "0"))
                .andExpect(status().isForbidden());
        verify(stations, never()).recordService(anyLong(), any(), any(), org.mockito.ArgumentMatchers.anyInt());
        verify(stations, never()).delete(anyLong(), anyLong());
    }

    @Test
    void couriersAndAnonymousVisitorsCannotOpenTheRegistry() throws Exception {
        mvc.perform(get("/stations").with(user(WORKER))).andExpect(status().isForbidden());
        mvc.perform(get("/stations")).andExpect(status().is3xxRedirection());
    }
}
