package cn.xinjiuye.portal.organization.web;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.organization.internal.PeopleWorkbook;
import cn.xinjiuye.portal.organization.internal.PersonService;
import cn.xinjiuye.portal.organization.internal.PersonService.FormChoices;
import cn.xinjiuye.portal.organization.internal.PersonalDataReveal;
import cn.xinjiuye.portal.organization.internal.PipelineService;
import cn.xinjiuye.portal.support.PortalWebMvcTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalWebMvcTest({PersonController.class, PeopleWorkbookController.class})
class PersonControllerTest {

    static final CurrentUser STAFF =
            new CurrentUser(7, "tiedong", "铁东区委组织部", "x", Role.ORG_STAFF, 3L, "/1/2/3/", "铁东区", true, false);
    static final CurrentUser WORKER =
            new CurrentUser(8, "13900000001", "王师傅", "x", Role.WORKER, null, null, null, true, false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PersonService people;

    @MockitoBean
    PersonalDataReveal reveal;

    @MockitoBean
    PeopleWorkbook workbook;

    @MockitoBean
    PipelineService pipeline;

    @BeforeEach
    void noChoices() {
        when(people.choices()).thenReturn(new FormChoices(List.of(), List.of()));
    }

    /** A new person's form as staff fill it in, valid but for what a test adds. */
    private static MockHttpServletRequestBuilder validPerson() {
        return post("/people")
                .with(user(STAFF))
                .with(csrf())
                .param("name", "王小明")
                .param("gender", "MALE")
                .param("birthDate", "1949-12-31")
                .param("idNumber", "11010519491231002X")
                .param("occupation", "COURIER")
                .param("regionCode", "210302011001");
    }

    @Test
    void emptyFieldsAreFieldErrorsAndNothingIsSaved() throws Exception {
        mvc.perform(post("/people")
                        .with(user(STAFF))
                        .with(csrf())
                        .param("name", "")
                        .param("idNumber", "12345")
                        .param("phone", "1234")
                        .param("regionCode", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("organization/person-form"))
                .andExpect(model().attributeHasFieldErrors(
                                "form", "name", "gender", "birthDate", "idNumber", "phone", "occupation", "regionCode"))
                .andExpect(shows("身份证号应为 18 位", "请输入 11 位手机号码"));
        verify(people, never()).create(any());
    }

    /** The portal's one phone rule (Phones.MOBILE): 11 digits starting 13 to 19. */
    @Test
    void aNumberStartingWith12IsNotAMobileNumber() throws Exception {
        mvc.perform(validPerson().param("phone", "12012345678"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "phone"))
                .andExpect(content().string(containsString("请输入 11 位手机号码")));
        verify(people, never()).create(any());
    }

    @Test
    void aDuplicateIdNumberFromTheServiceIsShownOnTheFieldWithWhatWasTyped() throws Exception {
        when(people.create(any())).thenThrow(new FieldRuleException("idNumber", "person.error.idTaken"));
        mvc.perform(validPerson().param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "idNumber", "person.error.idTaken"))
                .andExpect(shows("This ID number is already recorded", "王小明"));
    }

    @Test
    void postingWithoutCsrfIsForbidden() throws Exception {
        mvc.perform(post("/people").with(user(STAFF)).param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/people/1/reveal").with(user(STAFF)).param("reason", "x"))
                .andExpect(status().isForbidden());
        verify(people, never()).create(any());
        verify(reveal, never()).reveal(org.mockito.ArgumentMatchers.anyLong(), any());
    }

    @Test
    void workersCannotOpenThePeoplePages() throws Exception {
        mvc.perform(get("/people").with(user(WORKER))).andExpect(status().isForbidden());
        mvc.perform(get("/people/template").with(user(WORKER))).andExpect(status().isForbidden());
    }

    @Test
    void theImportPageNamesTheRule() throws Exception {
        mvc.perform(get("/people/import").with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不导入任何数据")))
                .andExpect(content().string(not(containsString("import-errors"))));
    }
}
