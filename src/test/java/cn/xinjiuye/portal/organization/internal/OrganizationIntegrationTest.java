package cn.xinjiuye.portal.organization.internal;

import static cn.xinjiuye.portal.support.PageContent.hides;
import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.Sheets;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestDates;
import cn.xinjiuye.portal.support.TestValues;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Organizations, people, the pipeline rules, scope by URL, audit of full views and the all-or-nothing import. */
@IntegrationTest
public class OrganizationIntegrationTest extends PortalIntegrationTest {

    long orgId(String name) {
        return jdbc.queryForObject("select id from party_organization where name = ?", Long.class, name);
    }

    long personId(String name) {
        return jdbc.queryForObject("select id from person where name = ?", Long.class, name);
    }

    static String unique(String prefix) {
        return TestValues.name(prefix);
    }

    /**
     * A fixed day in the past for the pipeline rules: they compare a step's date with the person's dates, and only
     * refuse days after today, so these tests read the same in any year.
     */
    static final LocalDate DAY = LocalDate.of(2021, 3, 15);

    MockHttpServletRequestBuilder personForm(String name, LocalDate birth, String id, String status, LocalDate since) {
        return post("/people")
                .with(csrf())
                .param("name", name)
                .param("gender", "MALE")
                .param("birthDate", birth.toString())
                .param("idNumber", id)
                .param("phone", "13812345678")
                .param("occupation", "COURIER")
                .param("regionCode", "210302011001")
                .param("branchId", String.valueOf(orgId(OrganizationDemoData.JOINT_BRANCH)))
                .param("initialStatus", status)
                .param("statusSince", since == null ? "" : since.toString());
    }

    /** Creates a person of the joint branch through the form, as the organization department. */
    long create(String name, LocalDate birth, String status, LocalDate since) throws Exception {
        mvc.perform(personForm(name, birth, TestIds.idFor(birth), status, since))
                .andExpect(status().is3xxRedirection());
        return personId(name);
    }

    // ---- organizations and enterprises ----

    @Test
    @WithUserDetails("tiedong")
    void theTreeAndTheEnterprisesShowAlertsComputedFromThePeopleOnFile() throws Exception {
        mvc.perform(get("/organizations"))
                .andExpect(status().isOk())
                .andExpect(shows("网约车司机党支部", "应设支委会"))
                .andExpect(content().string(not(containsString("黄金社区骑手党支部"))));
        mvc.perform(get("/organizations/{id}", orgId("网约车司机党支部")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("中共山南街道党工委")))
                // 7 members, but one of them probationary: 6 full members need no committee (正式党员7人以上).
                .andExpect(content().string(not(containsString("正式党员 7 人以上应设立支部委员会"))));
        mvc.perform(get("/organizations/{id}/edit", orgId("网约车司机党支部"))).andExpect(status().isOk());
        mvc.perform(get("/organizations/new")).andExpect(status().isOk());
        mvc.perform(get("/enterprises/new")).andExpect(status().isOk());
        mvc.perform(get(
                        "/enterprises/{id}/edit",
                        jdbc.queryForObject("select id from enterprise where name = '顺丰速运铁东山南网点'", Long.class)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OrganizationDemoData.JOINT_BRANCH)));
        mvc.perform(get("/people/new")).andExpect(status().isOk());
        mvc.perform(get("/people/{id}/edit", personId("王建国"))).andExpect(status().isOk());
        mvc.perform(get("/people/import")).andExpect(status().isOk());
        mvc.perform(get("/people/representations")).andExpect(status().isOk()).andExpect(shows("王建国", "人大代表"));
        mvc.perform(post("/people/{id}/representations", personId("罗斌"))
                        .with(csrf())
                        .param("kind", "CPPCC")
                        .param("level", "DISTRICT")
                        .param("status", "NOMINATED")
                        .param("nominatedOn", DAY.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/{id}", personId("罗斌"))).andExpect(content().string(containsString("政协委员")));
        mvc.perform(get("/mobile-members/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王建国")));
        mvc.perform(get("/organizations").param("lang", "en"))
                .andExpect(content().string(containsString("Committee required")));
        mvc.perform(get("/enterprises").param("alert", "UNBUILT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("顺丰速运铁东山南网点")))
                .andExpect(content().string(not(containsString("中通快递铁东园林网点"))));
        mvc.perform(get("/enterprises").param("alert", "NO_MEMBERS"))
                .andExpect(content().string(containsString("中通快递铁东园林网点")))
                .andExpect(content().string(not(containsString("顺丰速运铁东山南网点"))));
    }

    @Test
    @WithUserDetails("tiedong")
    void aNewEnterpriseWithThreeFullMembersAndNoBranchIsFlaggedWithoutTypingIt() throws Exception {
        String name = unique("测试快递网点");
        mvc.perform(post("/enterprises")
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "EXPRESS_OUTLET")
                        .param("regionCode", "210302011001")
                        .param("industry", "EXPRESS")
                        .param("workerCount", "9")
                        .param("coverage", "NONE"))
                .andExpect(status().is3xxRedirection());
        long enterprise = jdbc.queryForObject("select id from enterprise where name = ?", Long.class, name);
        mvc.perform(get("/enterprises/{id}", enterprise)).andExpect(content().string(containsString("既没有党员")));
        for (int i = 0; i < 3; i++) {
            long p = create(unique("企业党员"), LocalDate.of(1990, 1, 1 + i), "FULL_MEMBER", LocalDate.of(2020, 1, 1));
            jdbc.update("update person set enterprise_id = ? where id = ?", enterprise, p);
        }
        mvc.perform(get("/enterprises/{id}", enterprise))
                .andExpect(content().string(containsString("应建未建")))
                .andExpect(content().string(not(containsString("既没有党员"))));
    }

    @Test
    @WithUserDetails("tiedong")
    void anOrganizationCannotBeItsOwnAncestor() throws Exception {
        long committee = orgId("中共铁东区新就业群体综合党委");
        long street = orgId("中共山南街道党工委");
        mvc.perform(post("/organizations/{id}", committee)
                        .with(csrf())
                        .param("name", "中共铁东区新就业群体综合党委")
                        .param("type", "PARTY_COMMITTEE")
                        .param("parentId", String.valueOf(street))
                        .param("regionCode", "210302")
                        .param("industry", "MIXED")
                        .param("standardization", "MODEL")
                        .param(
                                "version",
                                String.valueOf(jdbc.queryForObject(
                                        "select version from party_organization where id = ?", Long.class, committee))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "parentId"));
        assertThat(jdbc.queryForObject("select parent_id from party_organization where id = ?", Long.class, committee))
                .isNull();
    }

    // ---- people: ID numbers ----

    @Test
    @WithUserDetails("tiedong")
    void idNumbersAreStoredEncryptedAndListedMasked() throws Exception {
        LocalDate birth = LocalDate.of(1991, 2, 3);
        String id = TestIds.idFor(birth);
        String name = unique("加密测试");
        mvc.perform(personForm(name, birth, id, "MASSES", null)).andExpect(status().is3xxRedirection());
        Integer plain = jdbc.queryForObject(
                "select count(*) from person where id_masked = ? or id_blind_index = ? "
                        + "or position(convert_to(?, 'UTF8') in id_cipher) > 0",
                Integer.class,
                id,
                id,
                id);
        assertThat(plain).isZero();
        String masked = id.substring(0, 3) + "*".repeat(13) + id.substring(16);
        mvc.perform(get("/people").param("q", name))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(not(containsString(id))))
                .andExpect(content().string(containsString("138****5678")));
        mvc.perform(get("/people").param("q", id)).andExpect(content().string(containsString(name)));
    }

    @Test
    @WithUserDetails("tiedong")
    void aDuplicateOrInvalidIdNumberIsAFieldErrorAndNothingIsSaved() throws Exception {
        LocalDate birth = LocalDate.of(1992, 3, 4);
        String id = TestIds.idFor(birth);
        mvc.perform(personForm(unique("原有人员"), birth, id, "MASSES", null)).andExpect(status().is3xxRedirection());
        String second = unique("第二人");
        mvc.perform(personForm(second, birth, id, "MASSES", null))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "idNumber", "person.error.idTaken"))
                .andExpect(content().string(containsString("该身份证号已登记")));
        String bad = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        mvc.perform(personForm(unique("校验错"), birth, bad, "MASSES", null))
                .andExpect(model().attributeHasFieldErrorCode("form", "idNumber", "person.error.idInvalid"));
        assertThat(jdbc.queryForObject("select count(*) from person where name = ?", Integer.class, second))
                .isZero();
    }

    /** The edit form of the person born 1989-09-09 with a new name, sent from the page of that version. */
    static MockHttpServletRequestBuilder renaming(long person, String name, String version) {
        return post("/people/{id}", person)
                .with(csrf())
                .param("name", name)
                .param("gender", "MALE")
                .param("birthDate", "1989-09-09")
                .param("occupation", "COURIER")
                .param("regionCode", "210302011001")
                .param("version", version);
    }

    @Test
    @WithUserDetails("tiedong")
    void aStaleEditIsAConflictAndChangesAreAudited() throws Exception {
        String name = unique("并发编辑");
        long p = create(name, LocalDate.of(1989, 9, 9), "MASSES", null);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'Person' and entity_id = ? "
                                + "and action = 'CREATE' and summary not like '%1989090%'",
                        Integer.class, String.valueOf(p)))
                .isEqualTo(1);
        mvc.perform(renaming(p, name + "改", "7")).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select name from person where id = ?", String.class, p))
                .isEqualTo(name);
        mvc.perform(renaming(p, name + "改", "0")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select name from person where id = ?", String.class, p))
                .isEqualTo(name + "改");
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where id = ? and id_cipher is not null", Integer.class, p))
                .as("a blank ID number on edit keeps the stored one")
                .isEqualTo(1);
    }

    // ---- full view of personal data ----

    @Test
    @WithUserDetails("fukang")
    void aCommunitySecretaryRevealsAFullIdNumberWithAReasonAndItIsAudited() throws Exception {
        long id = personId("王建国");
        int before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA' and entity_id = ?",
                Integer.class,
                String.valueOf(id));
        mvc.perform(get("/people/{id}", id)).andExpect(content().string(containsString("210*************")));
        mvc.perform(post("/people/{id}/reveal", id).with(csrf()).param("reason", ""))
                .andExpect(content().string(containsString("请填写查看理由")));
        String body = mvc.perform(post("/people/{id}/reveal", id).with(csrf()).param("reason", "核对党员信息"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).containsPattern("210302\\d{11}[0-9X]").contains("139");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA' and entity_id = ? "
                                + "and actor = 'fukang' and summary like '%核对党员信息%'",
                        Integer.class, String.valueOf(id)))
                .isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("zhibu")
    void aBranchSecretarySeesMaskedValuesOnlyAndCannotReveal() throws Exception {
        long id = personId("王建国");
        mvc.perform(get("/people/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("reveal-form"))));
        mvc.perform(post("/people/{id}/reveal", id).with(csrf()).param("reason", "想看"))
                .andExpect(status().isForbidden());
    }

    // ---- branch secretary scope ----

    @Test
    @WithUserDetails("zhibu")
    void aBranchSecretarySeesOnlyTheirBranchEvenByUrl() throws Exception {
        mvc.perform(get("/people").param("size", "100"))
                .andExpect(content().string(containsString("王建国")))
                .andExpect(hides("郑国庆", "宋佳"));
        long other = personId("郑国庆");
        String before = jdbc.queryForObject("select name from person where id = ?", String.class, other);
        mvc.perform(get("/people/{id}", other)).andExpect(status().isForbidden());
        mvc.perform(post("/people/{id}", other)
                        .with(csrf())
                        .param("name", "被篡改")
                        .param("gender", "MALE")
                        .param("birthDate", "1978-02-14")
                        .param("occupation", "COURIER")
                        .param("regionCode", "210302011001")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/{id}/steps", other)
                        .with(csrf())
                        .param("action", "FULL_MEMBER")
                        .param("stepDate", DAY.toString())
                        .param("approvingBody", "x"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select name from person where id = ?", String.class, other))
                .isEqualTo(before);
        mvc.perform(get("/organizations/{id}", orgId("网约车司机党支部"))).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/{id}/meetings", orgId("网约车司机党支部"))).andExpect(status().isForbidden());
        mvc.perform(get("/enterprises")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("huangjin")
    void aCommunitySecretaryOfAnotherDistrictCannotOpenTiedongPeople() throws Exception {
        mvc.perform(get("/people/{id}", personId("王建国"))).andExpect(status().isForbidden());
        mvc.perform(get("/people").param("size", "100")).andExpect(content().string(not(containsString("王建国"))));
    }

    // ---- the development pipeline ----

    int steps(long person) {
        return jdbc.queryForObject("select count(*) from pipeline_step where person_id = ?", Integer.class, person);
    }

    String statusOf(long person) {
        return jdbc.queryForObject("select political_status from person where id = ?", String.class, person);
    }

    String step(long person, String action, LocalDate date, Integer months) throws Exception {
        MockHttpServletRequestBuilder req = post("/people/{id}/steps", person)
                .with(csrf())
                .param("action", action)
                .param("stepDate", date.toString())
                .param("approvingBody", "送餐快递小哥联合党支部");
        if (months != null) {
            req.param("extensionMonths", String.valueOf(months));
        }
        return mvc.perform(req).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @WithUserDetails("tiedong")
    void anApplicantUnder18IsRefusedNamingTheRuleAndNothingIsSaved() throws Exception {
        long p = create(unique("少年"), DAY.minusYears(17), "MASSES", null);
        String page = step(p, "APPLICANT", DAY, null);
        assertThat(page).contains("年满 18 周岁方可申请入党");
        assertThat(steps(p)).isZero();
        assertThat(statusOf(p)).isEqualTo("MASSES");
    }

    @Test
    @WithUserDetails("tiedong")
    void aSkippedStepIsRefused() throws Exception {
        long p = create(unique("跳级"), LocalDate.of(1995, 1, 1), "APPLICANT", DAY.minusYears(2));
        assertThat(step(p, "DEVELOPMENT_TARGET", DAY, null)).contains("不能跳过程序").contains("入党积极分子");
        assertThat(steps(p)).isZero();
        assertThat(statusOf(p)).isEqualTo("APPLICANT");
    }

    @Test
    @WithUserDetails("tiedong")
    void lessThanOneYearAsActivistIsRefusedAndAYearIsAccepted() throws Exception {
        LocalDate activistSince = DAY.minusMonths(13);
        long p = create(unique("积极分子"), LocalDate.of(1996, 5, 5), "ACTIVIST", activistSince);
        assertThat(step(p, "DEVELOPMENT_TARGET", activistSince.plusMonths(11), null))
                .contains("入党积极分子须经一年以上培养")
                .contains(activistSince.plusYears(1).toString());
        assertThat(steps(p)).isZero();
        step(p, "DEVELOPMENT_TARGET", activistSince.plusYears(1), null);
        assertThat(statusOf(p)).isEqualTo("DEVELOPMENT_TARGET");
        assertThat(steps(p)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("tiedong")
    void probationRulesFullMembershipAfterAYearAndOneExtensionOfSixToTwelveMonths() throws Exception {
        LocalDate since = DAY.minusMonths(20);
        long p = create(unique("预备党员"), LocalDate.of(1993, 6, 6), "PROBATIONARY", since);
        assertThat(step(p, "FULL_MEMBER", since.plusMonths(11), null)).contains("预备期须满一年");
        assertThat(step(p, "EXTEND", since.plusMonths(12), 3)).contains("最短 6 个月、最长 12 个月");
        assertThat(step(p, "EXTEND", since.plusMonths(12), 13)).contains("最短 6 个月、最长 12 个月");
        assertThat(steps(p)).isZero();
        step(p, "EXTEND", since.plusMonths(12), 6);
        assertThat(steps(p)).isEqualTo(1);
        assertThat(step(p, "EXTEND", since.plusMonths(12), 6)).contains("预备期只能延长一次");
        assertThat(step(p, "FULL_MEMBER", since.plusMonths(15), null))
                .contains("预备期须满一年")
                .contains(since.plusMonths(18).toString());
        assertThat(statusOf(p)).isEqualTo("PROBATIONARY");
        step(p, "FULL_MEMBER", since.plusMonths(18), null);
        assertThat(statusOf(p)).isEqualTo("FULL_MEMBER");
        assertThat(steps(p)).isEqualTo(2);
    }

    @Test
    @WithUserDetails("tiedong")
    void probationCannotBeExtendedOnceItHasEnded() throws Exception {
        // Probationary from 10 April 2019: the year ends on 10 April 2020, the last day an extension may be decided.
        long p = create(unique("期满"), LocalDate.of(1992, 2, 2), "PROBATIONARY", LocalDate.of(2019, 4, 10));
        assertThat(step(p, "EXTEND", LocalDate.of(2020, 4, 11), 6)).contains("预备期已于 2020-04-10 期满，不能再延长");
        assertThat(steps(p)).isZero();
        step(p, "EXTEND", LocalDate.of(2020, 4, 10), 6);
        assertThat(steps(p)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("zhibu")
    void theDueListShowsWhoIsDueForTheNextStep() throws Exception {
        mvc.perform(get("/organizations/{id}/due", orgId(OrganizationDemoData.JOINT_BRANCH)))
                .andExpect(status().isOk())
                .andExpect(shows("刘洋", "杨帆", "可以办理"))
                .andExpect(content().string(not(containsString("王建国"))));
    }

    // ---- organizational life and mobile members ----

    @Test
    @WithUserDetails("zhibu")
    void aSecretaryRecordsAnOnlineThemeDayAndTheMobileMembersLetterShowsIt() throws Exception {
        long branch = orgId(OrganizationDemoData.JOINT_BRANCH);
        long mobile = mobileMemberOf(personId("吴磊"));
        // Held on the day the agreement was signed: the letter of that half year reports it, whatever today is.
        LocalDate held = agreementSignedOn(mobile);
        MobileMemberService.Period half = MobileMemberService.Period.of(held);
        String topic = unique("网上主题党日");
        mvc.perform(themeDay(branch, held, topic)
                        .param("online", "true")
                        .param("attendeeIds", String.valueOf(personId("吴磊")), String.valueOf(personId("李明"))))
                .andExpect(status().is3xxRedirection());
        long meeting = jdbc.queryForObject("select id from party_meeting where topic = ?", Long.class, topic);
        assertThat(jdbc.queryForList(
                        "select person_id from meeting_attendance where meeting_id = ?", Long.class, meeting))
                .containsExactlyInAnyOrder(personId("吴磊"), personId("李明"));
        mvc.perform(get("/meetings/{id}", meeting)).andExpect(shows("参加", "未参加"));
        mvc.perform(get("/mobile-members/{id}/letters/{y}/{h}", mobile, half.year(), half.half()))
                .andExpect(status().isOk())
                .andExpect(shows(topic, "反馈函", "中共朝阳县羊山镇党委"));
        // A meeting of another branch cannot be recorded by URL.
        mvc.perform(themeDay(orgId("网约车司机党支部"), held, "x")).andExpect(status().isForbidden());
        // An attendee from another branch is refused.
        mvc.perform(themeDay(branch, held, unique("外支部")).param("attendeeIds", String.valueOf(personId("郑国庆"))))
                .andExpect(model().attributeHasFieldErrorCode("form", "attendeeIds", "meeting.error.attendee"));
    }

    @Test
    @WithUserDetails("zhibu")
    void theQuarterlyCheckNamesWhatIsMissing() throws Exception {
        LocalDate lastYear = TestDates.today().minusYears(1);
        mvc.perform(get("/organizations/{id}/life", orgId(OrganizationDemoData.JOINT_BRANCH))
                        .param("year", String.valueOf(lastYear.getYear()))
                        .param("quarter", "1"))
                .andExpect(status().isOk())
                .andExpect(shows("党员大会", "主题党日", "缺少"))
                .andExpect(content().string(not(containsString(">支委会<"))));
    }

    @Test
    @WithUserDetails("zhibu")
    void lateFeedbackIsListedAndAnEvaluationMarksTheLetterSent() throws Exception {
        mvc.perform(get("/mobile-members")).andExpect(status().isOk()).andExpect(shows("吴磊", "反馈逾期"));
        long mobile = mobileMemberOf(personId("吴磊"));
        MobileMemberService.Period next =
                MobileMemberService.Period.of(agreementSignedOn(mobile)).next();
        String afterItsEnd = next.end().plusDays(1).toString();
        if (letters(mobile, next) == 0) {
            mvc.perform(letter(mobile, next, "积极参加组织生活", afterItsEnd)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(letter(mobile, next, "再发一次", afterItsEnd))
                .andExpect(model().attributeHasFieldErrorCode("form", "evaluation", "mobile.error.alreadySent"));
        assertThat(letters(mobile, next)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("zhibu")
    void aLetterIsSentOnlyAfterItsHalfYearHasEnded() throws Exception {
        long mobile = mobileMemberOf(personId("吴磊"));
        // 10 March 2027: the first half of 2027 runs until 30 June, so its letter cannot go out yet.
        TestClock.setBeijing(LocalDateTime.of(2027, 3, 10, 9, 0));
        try {
            mvc.perform(letter(mobile, new MobileMemberService.Period(2027, 1), "提前填写", "2027-03-10"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "sentOn", "mobile.error.sentBeforeHalfEnds"))
                    .andExpect(content().string(containsString("本半年 2027-06-30 结束，结束后可填写评价并发出反馈函")))
                    .andExpect(content().string(not(containsString("id=\"feedback-form\""))));
        } finally {
            TestClock.reset();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_letter where mobile_member_id = ? and year = 2027",
                        Integer.class,
                        mobile))
                .isZero();
    }

    @Test
    @WithUserDetails("tiedong")
    void anAgreementNeedsAPartyMemberAndAReturnIsRecorded() throws Exception {
        long branch = orgId(OrganizationDemoData.JOINT_BRANCH);
        mvc.perform(agreement(personId("孙浩"), branch, DAY))
                .andExpect(model().attributeHasFieldErrorCode("form", "personId", "mobile.error.notMember"));
        long member = create(unique("流入党员"), LocalDate.of(1987, 7, 7), "FULL_MEMBER", LocalDate.of(2015, 7, 1));
        mvc.perform(agreement(member, branch, DAY.minusMonths(2))).andExpect(status().is3xxRedirection());
        long mobile = mobileMemberOf(member);
        mvc.perform(post("/mobile-members/{id}/returned", mobile)
                        .with(csrf())
                        .param("version", "0")
                        .param("returnedOn", DAY.toString())
                        .param("note", "组织找党员，已归队"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select returned from mobile_member where id = ?", Boolean.class, mobile))
                .isTrue();
    }

    long mobileMemberOf(long personId) {
        return jdbc.queryForObject("select id from mobile_member where person_id = ?", Long.class, personId);
    }

    LocalDate agreementSignedOn(long mobile) {
        return jdbc.queryForObject(
                "select agreement_signed_on from mobile_member where id = ?", LocalDate.class, mobile);
    }

    int letters(long mobile, MobileMemberService.Period half) {
        return jdbc.queryForObject(
                "select count(*) from feedback_letter where mobile_member_id = ? and year = ? and half = ?",
                Integer.class,
                mobile,
                half.year(),
                half.half());
    }

    MockHttpServletRequestBuilder letter(
            long mobile, MobileMemberService.Period half, String evaluation, String sentOn) {
        return post("/mobile-members/{id}/letters/{y}/{h}", mobile, half.year(), half.half())
                .with(csrf())
                .param("evaluation", evaluation)
                .param("sentOn", sentOn);
    }

    /** The agreement under which a member from elsewhere joins the branch's life, for twelve months. */
    MockHttpServletRequestBuilder agreement(long personId, long hostBranch, LocalDate signedOn) {
        return post("/mobile-members")
                .with(csrf())
                .param("personId", String.valueOf(personId))
                .param("hostBranchId", String.valueOf(hostBranch))
                .param("homeOrgName", "中共某镇党委")
                .param("homeOrgRegion", "辽宁省")
                .param("homeOrgContact", "张书记")
                .param("agreementSignedOn", signedOn.toString())
                .param("termMonths", "12");
    }

    MockHttpServletRequestBuilder themeDay(long branch, LocalDate heldOn, String topic) {
        return post("/organizations/{id}/meetings", branch)
                .with(csrf())
                .param("kind", "THEME_DAY")
                .param("heldOn", heldOn.toString())
                .param("topic", topic);
    }

    // ---- import ----

    static byte[] workbook(Object[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("人员");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static final Object[] HEADERS = {
        "姓名", "性别", "出生日期", "身份证号", "手机号", "职业群体", "工作单位", "社区/网格代码", "所在支部", "政治面貌", "政治面貌起始日期"
    };

    /** A row the import takes: a courier of the joint branch born on 7 March 1990, with that id number. */
    static Object[] goodRow(String name, String idNumber) {
        return new Object[] {
            name,
            "男",
            "1990-03-07",
            idNumber,
            "13800000000",
            "快递员",
            "顺丰速运铁东山南网点",
            "210302011001",
            OrganizationDemoData.JOINT_BRANCH,
            "群众",
            ""
        };
    }

    @Test
    @WithUserDetails("tiedong")
    void anImportWithABadRowImportsNothingAndNamesEveryBadCell() throws Exception {
        String good = unique("导入甲");
        String alsoGood = unique("导入乙");
        String id = TestIds.idFor(LocalDate.of(1990, 3, 7));
        byte[] file = workbook(HEADERS, goodRow(good, id), new Object[] {
            alsoGood, "女", "1990-03-07", id, "1380000", "厨师", "", "210212003001", "不存在的支部", "正式党员", ""
        });
        mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "p.xlsx", null, file))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(shows("第 3 行 D 列", "第 3 行 E 列", "第 3 行 F 列", "第 3 行 H 列", "第 3 行 I 列", "第 3 行 K 列"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from person where name in (?, ?)", Integer.class, good, alsoGood))
                .isZero();
        byte[] fixed = workbook(HEADERS, goodRow(good, id));
        mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "p.xlsx", null, fixed))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select enterprise_id is not null from person where name = ?", Boolean.class, good))
                .isTrue();
    }

    @Test
    @WithUserDetails("tiedong")
    void theTemplateAndTheExportAreWorkbooksWithMaskedValues() throws Exception {
        try (XSSFWorkbook wb = Sheets.download(mvc, get("/people/template"))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("身份证号");
        }
        try (XSSFWorkbook wb = Sheets.download(mvc, get("/people/export"))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isGreaterThan(10);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).contains("*");
            }
        }
    }
}
