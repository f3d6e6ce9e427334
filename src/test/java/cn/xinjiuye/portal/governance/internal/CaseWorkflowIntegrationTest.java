package cn.xinjiuye.portal.governance.internal;

import static cn.xinjiuye.portal.support.PageContent.hides;
import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.common.images.PhotoCleaner;
import cn.xinjiuye.portal.support.AtOnce;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Filing, tracking, the state machine with its timeline, scope, conflicts and bad input, over HTTP on PostgreSQL. */
@IntegrationTest
public class CaseWorkflowIntegrationTest extends PortalIntegrationTest {

    UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    MockMultipartHttpServletRequestBuilder report(String phone, String addr, String description) {
        return CaseFixtures.anonymousReport(regionId("210302011001"), phone, addr, description);
    }

    /** Files anonymously and returns the case id. */
    long fileAnonymously(String phone, String description) throws Exception {
        mvc.perform(report(phone, CaseFixtures.address(), description)
                        .file(new MockMultipartFile("photos", "a.jpg", "image/jpeg", CaseFixtures.jpegWithExif())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("caseNo"));
        return jdbc.queryForObject("select id from gov_case where description = ?", Long.class, description);
    }

    String caseNo(long id) {
        return jdbc.queryForObject("select case_no from gov_case where id = ?", String.class, id);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from gov_case where id = ?", Long.class, id);
    }

    String statusOf(long id) {
        return jdbc.queryForObject("select status from gov_case where id = ?", String.class, id);
    }

    MockHttpServletRequestBuilder action(long id, String action, String as) {
        return post("/cases/{id}/" + action, id)
                .with(csrf())
                .with(user(as(as)))
                .param("version", String.valueOf(version(id)));
    }

    /** The public tracking form, sent anonymously with a case number and the last four digits of its phone. */
    MockHttpServletRequestBuilder track(String caseNo, String phoneTail) {
        return post("/public/cases/track")
                .with(csrf())
                .with(anonymous())
                .param("caseNo", caseNo)
                .param("phoneTail", phoneTail);
    }

    long xiaofangDepartment() {
        return jdbc.queryForObject(
                "select department_id from department_account da join account a on a.id = da.account_id "
                        + "where a.username = 'xiaofang'",
                Long.class);
    }

    @Test
    void aSnapshotGoesFromFilingToClosedAndRatedWithEveryStepOnTheTimeline() throws Exception {
        String phone = CaseFixtures.phone();
        String description = TestValues.name("楼道堆放杂物 ");
        long id = fileAnonymously(phone, description);
        String caseNo = caseNo(id);
        assertThat(caseNo).startsWith("GZ");
        // The photo is stored without its EXIF segment.
        byte[] stored = jdbc.queryForObject("select bytes from case_photo where case_id = ?", byte[].class, id);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("GPSLatitude")
                .doesNotContain("Exif");
        assertThat(stored[0] & 0xff).isEqualTo(0xff);

        mvc.perform(action(id, "accept", "fukang")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("select due_on from gov_case where id = ?", LocalDate.class, id))
                .isNotNull();
        // The fire-safety rule suggests the fire brigade.
        mvc.perform(get("/cases/{id}", id).with(user(as("fukang"))))
                .andExpect(content().string(containsString("铁东区消防救援大队 ★")));
        mvc.perform(action(id, "assign", "fukang").param("departmentId", String.valueOf(xiaofangDepartment())))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("ASSIGNED");
        // The department sees it in its list; another department does not see it at all.
        mvc.perform(get("/cases").with(user(as("xiaofang"))))
                .andExpect(content().string(containsString(caseNo)));
        mvc.perform(get("/cases").with(user(as("chengguan"))))
                .andExpect(content().string(not(containsString(caseNo))));
        mvc.perform(get("/cases/{id}", id).with(user(as("chengguan")))).andExpect(status().isForbidden());

        mvc.perform(action(id, "start", "xiaofang")).andExpect(status().is3xxRedirection());
        mvc.perform(action(id, "resolve", "xiaofang").param("note", "已清理楼道，张贴警示"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("RESOLVED");
        mvc.perform(action(id, "verify", "fukang")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("CLOSED");

        List<String> steps = jdbc.queryForList(
                "select action || ':' || actor from case_event where case_id = ? order by at, id", String.class, id);
        assertThat(steps)
                .containsExactly(
                        "SUBMIT:anonymous",
                        "ACCEPT:fukang",
                        "ASSIGN:fukang",
                        "START:xiaofang",
                        "RESOLVE:xiaofang",
                        "VERIFY:fukang");

        // The tracking page shows status and public steps, no personal data.
        String tail = phone.substring(7);
        mvc.perform(track(caseNo, tail))
                .andExpect(shows("已核实关闭", "已清理楼道"))
                .andExpect(hides(phone, "xiaofang"))
                .andExpect(content().string(containsString("id=\"rate-form\"")));
        mvc.perform(CaseFixtures.rating(caseNo, tail, "SATISFIED"))
                .andExpect(content().string(containsString("感谢您的评价")));
        assertThat(jdbc.queryForObject("select rating from gov_case where id = ?", String.class, id))
                .isEqualTo("SATISFIED");
    }

    @Test
    void aWrongPhoneTailRevealsNothing() throws Exception {
        String phone = CaseFixtures.phone();
        String description = TestValues.name("路灯不亮 ");
        long id = fileAnonymously(phone, description);
        String caseNo = caseNo(id);
        String wrong = phone.substring(7).equals("0000") ? "1111" : "0000";
        String addr = CaseFixtures.address();
        org.springframework.test.web.servlet.request.RequestPostProcessor from = r -> {
            r.setRemoteAddr(addr);
            return r;
        };
        mvc.perform(track(caseNo, wrong).with(from))
                .andExpect(content().string(containsString("id=\"track-not-found\"")))
                .andExpect(hides("id=\"tracking\"", "已提交"));
        mvc.perform(CaseFixtures.rating(caseNo, wrong, "DISSATISFIED").with(from))
                .andExpect(content().string(containsString("id=\"track-not-found\"")));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        // Guessing the tail is slowed down: after 10 failures from one address even the right tail is not looked up.
        for (int i = 0; i < 8; i++) {
            mvc.perform(track(caseNo, String.format("%04d", 9000 + i)).with(from));
        }
        mvc.perform(track(caseNo, phone.substring(7)).with(from))
                .andExpect(content().string(containsString("查询失败次数过多")))
                .andExpect(content().string(not(containsString("id=\"tracking\""))));
        mvc.perform(track(caseNo, phone.substring(7))).andExpect(content().string(containsString("id=\"tracking\"")));
    }

    @Test
    void aDissatisfiedRatingReopensTheCaseForReview() throws Exception {
        String phone = CaseFixtures.phone();
        long id = fileAnonymously(phone, TestValues.name("井盖缺失 "));
        mvc.perform(action(id, "accept", "fukang"));
        mvc.perform(action(id, "assign", "fukang").param("departmentId", String.valueOf(xiaofangDepartment())));
        mvc.perform(action(id, "resolve", "xiaofang").param("note", "已处理"));
        mvc.perform(action(id, "verify", "fukang"));
        String caseNo = caseNo(id);
        mvc.perform(CaseFixtures.rating(caseNo, phone.substring(7), "DISSATISFIED"))
                .andExpect(content().string(containsString("重新办理")));
        Map<String, Object> row =
                jdbc.queryForMap("select status, reopen_count, department_id from gov_case where id = ?", id);
        assertThat(row).containsEntry("status", "ACCEPTED").containsEntry("reopen_count", 1);
        assertThat(row.get("department_id")).isNull();
    }

    @Test
    void aDispatcherWhoseCheckFailsReopensTheCaseWithAReasonAndItsClockStartsAgain() throws Exception {
        // Friday 12 June 2026: fire safety has 3 working days, so reopened today it is due Wednesday 17 June.
        TestClock.setBeijing(LocalDateTime.of(2026, 6, 12, 9, 30));
        try {
            long id = fileAnonymously(CaseFixtures.phone(), TestValues.name("核实未通过 "));
            mvc.perform(action(id, "accept", "fukang"));
            mvc.perform(action(id, "assign", "fukang").param("departmentId", String.valueOf(xiaofangDepartment())));
            mvc.perform(action(id, "resolve", "xiaofang").param("note", "已处理"));
            assertThat(statusOf(id)).isEqualTo("RESOLVED");

            mvc.perform(action(id, "reopen", "xiaofang").param("reason", "还在")).andExpect(status().isForbidden());
            mvc.perform(action(id, "reopen", "fukang").param("reason", " "))
                    .andExpect(flash().attribute("error", "case.error.required"));
            assertThat(statusOf(id)).isEqualTo("RESOLVED");
            mvc.perform(action(id, "reopen", "fukang").param("reason", "现场复核：灭火器仍未更换"))
                    .andExpect(status().is3xxRedirection());

            Map<String, Object> row = jdbc.queryForMap(
                    "select status, reopen_count, department_id, started_on, due_on, resolved_at from gov_case "
                            + "where id = ?",
                    id);
            assertThat(row)
                    .containsEntry("status", "ACCEPTED")
                    .containsEntry("reopen_count", 1)
                    .containsEntry("started_on", java.sql.Date.valueOf("2026-06-12"))
                    .containsEntry("due_on", java.sql.Date.valueOf("2026-06-17"));
            assertThat(row.get("department_id")).isNull();
            assertThat(row.get("resolved_at")).isNull();
            assertThat(jdbc.queryForObject(
                            "select note from case_event where case_id = ? and action = 'REOPEN_CHECK_FAILED'",
                            String.class,
                            id))
                    .isEqualTo("现场复核：灭火器仍未更换");
            mvc.perform(get("/cases/{id}", id).with(user(as("fukang")))).andExpect(shows("核实未通过，重新办理", "现场复核：灭火器仍未更换"));
            // A case still being handled has nothing to reopen.
            mvc.perform(action(id, "reopen", "fukang").param("reason", "再次"))
                    .andExpect(flash().attribute("error", "case.error.transition"));
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void invalidTransitionsAreRefusedAndChangeNothing() throws Exception {
        long id = fileAnonymously(CaseFixtures.phone(), TestValues.name("非法流转 "));
        mvc.perform(action(id, "verify", "fukang")).andExpect(flash().attribute("error", "case.error.transition"));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        mvc.perform(action(id, "reject", "fukang").param("reason", ""))
                .andExpect(flash().attribute("error", "case.error.required"));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        // The department cannot act on a case that is not theirs.
        mvc.perform(action(id, "start", "xiaofang")).andExpect(status().isForbidden());
        mvc.perform(action(id, "reject", "fukang").param("reason", "重复上报")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("REJECTED");
        mvc.perform(action(id, "accept", "fukang")).andExpect(flash().attribute("error", "case.error.transition"));
        assertThat(statusOf(id)).isEqualTo("REJECTED");
    }

    @Test
    void twoStaffActingAtOnceOneWinsAndTheOtherSeesAConflict() throws Exception {
        long id = fileAnonymously(CaseFixtures.phone(), TestValues.name("同时受理 "));
        // The secretary accepts and the street rejects the same version of the case, in two threads let go together.
        MockHttpServletRequestBuilder accept = action(id, "accept", "fukang");
        MockHttpServletRequestBuilder reject = action(id, "reject", "shannan").param("reason", "重复");
        List<MvcResult> results = AtOnce.run(
                () -> mvc.perform(accept).andReturn(), () -> mvc.perform(reject).andReturn());

        MvcResult loser = theLoserOf(results);
        // The winner's change stands, and only its step is on the timeline.
        String winner = loser == results.get(1) ? "ACCEPTED" : "REJECTED";
        assertThat(statusOf(id)).isEqualTo(winner);
        assertThat(jdbc.queryForList(
                        "select action from case_event where case_id = ? and action <> 'SUBMIT'", String.class, id))
                .containsExactly(winner.equals("ACCEPTED") ? "ACCEPT" : "REJECT");
    }

    /** Of two requests let go together, one won (a redirect) and the other got a 409 that says why; the loser. */
    static MvcResult theLoserOf(List<MvcResult> results) throws Exception {
        MvcResult a = results.get(0);
        MvcResult b = results.get(1);
        assertThat(List.of(a.getResponse().getStatus(), b.getResponse().getStatus()))
                .as("one redirect (the winner) and one 409")
                .containsExactlyInAnyOrder(302, 409);
        MvcResult loser = a.getResponse().getStatus() == 409 ? a : b;
        assertThat(loser.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("内容已被他人修改");
        return loser;
    }

    @Test
    void anotherCommunitysSecretaryCanNeitherSeeNorChangeTheCase() throws Exception {
        long id = fileAnonymously(CaseFixtures.phone(), TestValues.name("越权 "));
        String caseNo = caseNo(id);
        mvc.perform(get("/cases/{id}", id).with(user(as("shannanshequ")))).andExpect(status().isForbidden());
        mvc.perform(action(id, "accept", "shannanshequ")).andExpect(status().isForbidden());
        mvc.perform(get(
                                "/cases/{id}/photos/{p}",
                                id,
                                jdbc.queryForObject("select id from case_photo where case_id = ?", Long.class, id))
                        .with(user(as("shannanshequ"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases").param("caseNo", caseNo).with(user(as("shannanshequ"))))
                .andExpect(content().string(not(containsString("/cases/" + id + "\""))));
        mvc.perform(get("/cases").param("caseNo", caseNo).with(user(as("fukang"))))
                .andExpect(content().string(containsString("/cases/" + id + "\"")));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
        // A worker cannot open staff pages.
        mvc.perform(get("/cases/{id}", id).with(user(as("13900000001")))).andExpect(status().isForbidden());
    }

    @Test
    void aFakeOrOversizedImageIsRefusedAndTheFormIsKept() throws Exception {
        String description = TestValues.name("假图片 ");
        mvc.perform(report(CaseFixtures.phone(), CaseFixtures.address(), description)
                        .file(new MockMultipartFile(
                                "photos", "x.jpg", "image/jpeg", "<html>not an image</html>".getBytes())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "photos", "photo.error.type"))
                .andExpect(content().string(containsString(description)));
        byte[] big = new byte[PhotoCleaner.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        mvc.perform(report(CaseFixtures.phone(), CaseFixtures.address(), description)
                        .file(new MockMultipartFile("photos", "big.jpg", "image/jpeg", big)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "photos", "photo.error.tooLarge"));
        // A truncated JPEG (right magic bytes, no image) is refused too.
        mvc.perform(report(CaseFixtures.phone(), CaseFixtures.address(), description)
                        .file(new MockMultipartFile(
                                "photos", "t.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1
                                })))
                .andExpect(model().attributeHasFieldErrorCode("form", "photos", "photo.error.type"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from gov_case where description = ?", Integer.class, description))
                .isZero();
    }

    @Test
    void aPhoneMustBeAMobileNumberByThePortalsOneRule() throws Exception {
        // common.Phones: 1, then 3 to 9, then nine digits. 128… has eleven digits but is no mobile number.
        String description = TestValues.name("号码规则 ");
        mvc.perform(report("12812345678", CaseFixtures.address(), description))
                .andExpect(model().attributeHasFieldErrors("form", "phone"))
                .andExpect(content().string(containsString("请输入 11 位手机号")));
        mvc.perform(post("/open311/v2/requests.json")
                        .with(anonymous())
                        .param("api_key", GovernanceDemoData.DEMO_API_KEY)
                        .param("service_code", "PARKING")
                        .param("lat", "41.1105")
                        .param("long", "122.9905")
                        .param("description", description)
                        .param("attribute[community]", String.valueOf(regionId("210302011001")))
                        .param("phone", "12812345678"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "select count(*) from gov_case where description = ?", Integer.class, description))
                .isZero();
    }

    @Test
    void anonymousFilingIsRateLimitedPerPhoneAndPerAddress() throws Exception {
        String phone = CaseFixtures.phone();
        for (int i = 0; i < 5; i++) {
            mvc.perform(report(phone, CaseFixtures.address(), "限流 " + i)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(report(phone, CaseFixtures.address(), "限流 6"))
                .andExpect(model().attributeHasFieldErrorCode("form", "phone", "case.error.rateLimited"));
        String addr = CaseFixtures.address();
        for (int i = 0; i < 5; i++) {
            mvc.perform(report(CaseFixtures.phone(), addr, "同址 " + i)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(report(CaseFixtures.phone(), addr, "同址 6"))
                .andExpect(model().attributeHasFieldErrorCode("form", "phone", "case.error.rateLimited"));
        // Without a phone an anonymous report is refused.
        mvc.perform(report("", CaseFixtures.address(), "无电话"))
                .andExpect(model().attributeHasFieldErrorCode("form", "phone", "case.error.phoneRequired"));
    }

    @Test
    void extensionAndSupervisionWithTheDepartmentsReply() throws Exception {
        long id = fileAnonymously(CaseFixtures.phone(), TestValues.name("延期督办 "));
        mvc.perform(action(id, "accept", "fukang"));
        mvc.perform(action(id, "assign", "fukang").param("departmentId", String.valueOf(xiaofangDepartment())));
        LocalDate due = jdbc.queryForObject("select due_on from gov_case where id = ?", LocalDate.class, id);
        mvc.perform(action(id, "extension", "xiaofang").param("days", "3").param("reason", "需协调物业"))
                .andExpect(flash().attribute("success", "case.saved"));
        mvc.perform(action(id, "extension", "xiaofang").param("days", "2").param("reason", "再延"))
                .andExpect(flash().attribute("error", "case.error.extensionPending"));
        mvc.perform(action(id, "extension/decide", "fukang").param("approve", "true"));
        LocalDate extended = jdbc.queryForObject("select due_on from gov_case where id = ?", LocalDate.class, id);
        assertThat(extended).isAfter(due);
        // The street supervises; the community secretary may not; the department replies.
        mvc.perform(action(id, "supervise", "fukang").param("note", "请加快")).andExpect(status().isForbidden());
        mvc.perform(action(id, "supervise", "shannan").param("note", "请三日内办结")).andExpect(status().is3xxRedirection());
        long sid = jdbc.queryForObject("select id from case_supervision where case_id = ?", Long.class, id);
        mvc.perform(reply(id, sid, supervisionVersion(sid), "已安排人员，明日办结")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select replied_by from case_supervision where id = ?", String.class, sid))
                .isEqualTo("xiaofang");
        // Returning with a reason sends the case back to the dispatcher.
        mvc.perform(action(id, "return", "xiaofang").param("reason", "不属于本部门职责"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    }

    MockHttpServletRequestBuilder reply(long id, long sid, long version, String text) {
        return post("/cases/{id}/supervisions/{sid}/reply", id, sid)
                .with(csrf())
                .with(user(as("xiaofang")))
                .param("version", String.valueOf(version))
                .param("reply", text);
    }

    long supervisionVersion(long sid) {
        return jdbc.queryForObject("select version from case_supervision where id = ?", Long.class, sid);
    }

    @Test
    void twoRepliesToOneSupervisionNoteAtOnceOneWinsAndTheOtherSeesAConflict() throws Exception {
        long id = fileAnonymously(CaseFixtures.phone(), TestValues.name("同时回复督办 "));
        mvc.perform(action(id, "accept", "fukang"));
        mvc.perform(action(id, "assign", "fukang").param("departmentId", String.valueOf(xiaofangDepartment())));
        mvc.perform(action(id, "supervise", "shannan").param("note", "请尽快办理")).andExpect(status().is3xxRedirection());
        long sid = jdbc.queryForObject("select id from case_supervision where case_id = ?", Long.class, id);
        long shown = supervisionVersion(sid);
        String first = TestValues.name("甲回复 ");
        String second = TestValues.name("乙回复 ");
        // Two people of the department answer the note, both from the page that showed it unanswered.
        List<MvcResult> results = AtOnce.run(
                () -> mvc.perform(reply(id, sid, shown, first)).andReturn(),
                () -> mvc.perform(reply(id, sid, shown, second)).andReturn());

        MvcResult loser = theLoserOf(results);
        String winner = loser == results.get(0) ? second : first;
        assertThat(jdbc.queryForObject("select reply from case_supervision where id = ?", String.class, sid))
                .isEqualTo(winner);
        assertThat(jdbc.queryForList(
                        "select note from case_event where case_id = ? and action = 'SUPERVISION_REPLY'",
                        String.class,
                        id))
                .containsExactly(winner);
        // A reply from a page shown before the winner's, or without a version, is stale; a note answered once
        // refuses another reply with a message.
        mvc.perform(reply(id, sid, shown, "迟到的回复")).andExpect(status().isConflict());
        mvc.perform(post("/cases/{id}/supervisions/{sid}/reply", id, sid)
                        .with(csrf())
                        .with(user(as("xiaofang")))
                        .param("reply", "没有版本的回复"))
                .andExpect(status().isConflict());
        mvc.perform(reply(id, sid, supervisionVersion(sid), "再次回复"))
                .andExpect(flash().attribute("error", "case.error.supervisionReplied"));
        assertThat(jdbc.queryForObject("select reply from case_supervision where id = ?", String.class, sid))
                .isEqualTo(winner);
    }

    @Test
    void overdueCasesAreListedWithARedLight() throws Exception {
        long id = fileAnonymously(CaseFixtures.phone(), TestValues.name("超期 "));
        mvc.perform(action(id, "accept", "fukang"));
        // Started and due long ago, so the case is overdue on any day the test runs (and first in the list).
        jdbc.update(
                "update gov_case set started_on = ?, due_on = ? where id = ?",
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 1, 19),
                id);
        String caseNo = caseNo(id);
        mvc.perform(get("/cases/overdue").with(user(as("fukang"))).param("size", "100"))
                .andExpect(shows(caseNo, "light-red"));
        mvc.perform(get("/cases/overdue").with(user(as("shannanshequ"))))
                .andExpect(content().string(not(containsString(caseNo))));
    }
}
