package cn.xinjiuye.portal.governance.internal;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.Sheets;
import cn.xinjiuye.portal.support.TestCases;
import cn.xinjiuye.portal.support.TestValues;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A calendar that never runs out: administrators import a year (JSON of the State Council notice, or the template)
 * with a preview and all-or-nothing checks; the due dates of open cases follow; years without an arrangement are
 * provisional. Years far ahead (2090s) are used so that no other test's dates meet them.
 */
@IntegrationTest
class CalendarImportIntegrationTest extends PortalIntegrationTest {

    @Autowired
    CalendarYears years;

    UserDetails admin() {
        return users.loadUserByUsername("admin");
    }

    MockMultipartFile json(String name, String body) {
        return new MockMultipartFile("file", name, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    MvcResult preview(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/admin/governance/import")
                        .file(file)
                        .with(csrf())
                        .with(user(admin())))
                .andExpect(status().isOk())
                .andReturn();
    }

    long runningCase(LocalDate startedOn, LocalDate dueOn) {
        return TestCases.in(jdbc, "210302011001")
                .numbered("GZC")
                .description(TestValues.name("日历 "))
                .status("ACCEPTED")
                .running(startedOn, dueOn)
                .insert();
    }

    LocalDate due(long id) {
        return jdbc.queryForObject("select due_on from gov_case where id = ?", LocalDate.class, id);
    }

    @Test
    void aFileWithBadRowsImportsNothingAndNamesEachRowAndField() throws Exception {
        String body = """
                {"year": 2091, "days": [
                  {"date": "2091-01-01", "name": "元旦", "isOffDay": true},
                  {"date": "1999-12-31", "name": "x", "isOffDay": true},
                  {"date": "2091-01-01", "name": "元旦", "isOffDay": true},
                  {"date": "2091-01-01", "name": "元旦调休", "isOffDay": false},
                  {"date": "2091-02-30", "name": "春节", "isOffDay": true},
                  {"date": "2091-03-01", "name": "", "isOffDay": "yes"}
                ]}""";

        String page = preview(json("2091.json", body)).getResponse().getContentAsString();

        assertThat(page)
                .contains("import-errors")
                .contains("第 2 行 date 列")
                .contains("2000 年至 2100 年")
                .contains("第 3 行 date 列")
                .contains("与第 1 行日期重复")
                .contains("第 4 行 isOffDay 列")
                .contains("既放假又上班")
                .contains("第 5 行 date 列")
                .contains("第 6 行 name 列")
                .contains("第 6 行 isOffDay 列")
                .doesNotContain("confirm-form");
        assertThat(jdbc.queryForObject(
                        "select count(*) from holiday where extract(year from day) = 2091", Integer.class))
                .isZero();
    }

    @Test
    void theTemplateIsReadWithExcelRowNumbersAndAnErrorNamesRowAndColumn() throws Exception {
        mvc.perform(get("/admin/governance/template").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .contentTypeCompatibleWith(
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheets.write(
                    wb.createSheet(),
                    0,
                    List.of(
                            List.of("日期", "名称", "放假或上班"),
                            List.of("2092-01-01", "元旦", "放假"),
                            List.of("2092-01-05", "元旦调休", "上下班")));
            wb.write(out);
        }
        MockMultipartFile file =
                new MockMultipartFile("file", "2092.xlsx", "application/octet-stream", out.toByteArray());

        String page = preview(file).getResponse().getContentAsString();

        assertThat(page).contains("第 3 行 C 列（放假或上班）").doesNotContain("confirm-form");
    }

    @Test
    void aConfirmedYearReplacesItsDaysMarksItKnownAndMovesTheDueDatesOfOpenCases() throws Exception {
        // Started Tuesday 28 December 2094, 5 working days on weekends only: due Tuesday 4 January 2095.
        long c = runningCase(LocalDate.of(2094, 12, 28), LocalDate.of(2095, 1, 4));
        long closedLater = runningCase(LocalDate.of(2095, 6, 1), LocalDate.of(2095, 6, 8));
        jdbc.update("update gov_case set status = 'CLOSED' where id = ?", closedLater);
        mvc.perform(get("/cases/{id}", c).with(user(admin())))
                .andExpect(content().string(containsString("due-provisional")));
        // 暂定 on the case list and on the reporter's tracking page as well.
        String caseNo = jdbc.queryForObject("select case_no from gov_case where id = ?", String.class, c);
        mvc.perform(get("/cases").param("caseNo", caseNo).with(user(admin())))
                .andExpect(shows(caseNo, "due-provisional"));
        mvc.perform(post("/public/cases/track")
                        .with(csrf())
                        .with(anonymous())
                        .param("caseNo", caseNo)
                        .param("phoneTail", "0000"))
                .andExpect(shows(caseNo, "due-provisional"));
        String body = """
                [{"date": "2095-01-01", "name": "元旦", "isOffDay": true},
                 {"date": "2095-01-03", "name": "元旦", "isOffDay": true},
                 {"date": "2095-01-08", "name": "元旦调休", "isOffDay": false}]""";

        String page = preview(json("2095.json", body)).getResponse().getContentAsString();
        assertThat(page).contains("preview-table").contains("2095-01-03").contains("confirm-form");
        assertThat(years.isKnown(2095)).isFalse();
        String payload = CalendarImport.toJson(
                CalendarImport.json(body.getBytes(StandardCharsets.UTF_8)).days());
        mvc.perform(post("/admin/governance/import/confirm")
                        .param("payload", payload)
                        .with(csrf())
                        .with(user(admin())))
                .andExpect(status().is3xxRedirection());

        assertThat(years.isKnown(2095)).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from holiday where extract(year from day) = 2095", Integer.class))
                .isEqualTo(3);
        // Monday 3 January is off now: the fifth working day is Wednesday 5 January (29, 30, 31, 4, 5).
        assertThat(due(c)).isEqualTo(LocalDate.of(2095, 1, 5)).isEqualTo(workingDay(LocalDate.of(2094, 12, 28), 5));
        assertThat(jdbc.queryForObject(
                        "select count(*) from case_event where case_id = ? and action = 'RESCHEDULE' and public_step",
                        Integer.class,
                        c))
                .isEqualTo(1);
        assertThat(due(closedLater)).isEqualTo(LocalDate.of(2095, 6, 8));
    }

    /** The test's own count ({@link HolidayTableCount}), not the portal's. */
    LocalDate workingDay(LocalDate start, int n) {
        return HolidayTableCount.nthAfter(jdbc, start, n);
    }

    @Test
    void editingOneDayMovesTheCasesRunningOverItAndWritesTheirTimeline() throws Exception {
        // Monday 2 April 2096 to Monday 9 April 2096: 5 working days; Wednesday 4 April becomes a holiday.
        long c = runningCase(LocalDate.of(2096, 4, 2), LocalDate.of(2096, 4, 9));
        LocalDate before = due(c);

        mvc.perform(post("/admin/governance/days")
                        .param("day", "2096-04-04")
                        .param("kind", "HOLIDAY")
                        .param("name", "测试假日")
                        .with(csrf())
                        .with(user(admin())))
                .andExpect(status().is3xxRedirection());

        assertThat(due(c)).isAfter(before).isEqualTo(workingDay(LocalDate.of(2096, 4, 2), 5));
        assertThat(jdbc.queryForObject(
                        "select note from case_event where case_id = ? and action = 'RESCHEDULE'", String.class, c))
                .contains(before.toString());
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        mvc.perform(multipart("/admin/governance/import")
                        .file(json("x.json", "[]"))
                        .with(csrf())
                        .with(user(users.loadUserByUsername("tiedong"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/governance/import/confirm")
                        .param("payload", "[]")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("tiedong"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void fromTheFirstOfNovemberAMissingNextYearIsReported() {
        assertThat(years.missingNextYear(LocalDate.of(2097, 10, 31))).isEmpty();
        assertThat(years.missingNextYear(LocalDate.of(2097, 11, 1))).contains(2098);
        assertThat(years.missingNextYear(LocalDate.of(2025, 11, 1))).isEmpty();
    }

    @Test
    void theHealthEndpointHasACalendarComponentThatStaysUpAndNamesTheMissingYearToAdministrators() throws Exception {
        var expected = years.missingNextYear();
        var result = mvc.perform(get("/actuator/health").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.calendar.status").value("UP"));
        if (expected.isPresent()) {
            result.andExpect(
                    jsonPath("$.components.calendar.details.missingYear").value(expected.get()));
        }
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.calendar.status").value("UP"))
                .andExpect(content().string(not(containsString("missingYear"))));
    }
}
