package cn.xinjiuye.portal.station.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.common.limits.RateLimiter;
import cn.xinjiuye.portal.support.AtOnce;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The station check loop end to end: answers limited per device and address (a refused one changes nothing), a
 * "not right" answer files one 驿站问题 case in the station's community with a deadline, further ones count on it
 * (also two at once), the secretary of that community sees it and another community's does not, bad input is a
 * 400 with the field's message, and the station page shows who confirmed it.
 */
@IntegrationTest
class StationCheckIntegrationTest extends StationsInDemoCommunities {

    static final String FUKANG = "210302011001";

    @Autowired
    RateLimiter limiter;

    long station;

    @BeforeEach
    void station() {
        station = StationFixtures.station(
                jdbc,
                StationFixtures.unique("核查驿站"),
                FUKANG,
                41.1101,
                122.9901,
                StationFixtures.everyDay("00:00-24:00"),
                Amenity.WATER.bit() | Amenity.CHARGING.bit(),
                "OPEN");
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    ResultActions answer(String device, String address, String answer, String... missing) throws Exception {
        return mvc.perform(post("/public/stations/{id}/check", station)
                .with(csrf())
                .with(anonymous())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .cookie(new Cookie("portal_device", device))
                .param("answer", answer)
                .param("missing", missing));
    }

    static String device() {
        return UUID.randomUUID().toString();
    }

    long answers() {
        return jdbc.queryForObject("select count(*) from station_check where station_id = ?", Long.class, station);
    }

    /** The case of the station's open task, once the listener has filed it. */
    Map<String, Object> task(int reports) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from station_task_report where station_id = ?", Long.class, station)
                        == reports);
        return jdbc.queryForMap(
                "select c.id, c.case_no, c.community_id, c.category, c.source, c.status, c.due_on, c.description "
                        + "from gov_case c where c.id = (select max(case_id) from station_task_report "
                        + "where station_id = ?)",
                station);
    }

    long cases() {
        return jdbc.queryForObject(
                "select count(distinct case_id) from station_task_report where station_id = ?", Long.class, station);
    }

    @Test
    void anAllRightAnswerIsRecordedAndShownAsConfirmation() throws Exception {
        answer(device(), TestValues.address(), "OK")
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/public/stations/" + station + "?checked=ok")));
        answer(device(), TestValues.address(), "OK").andExpect(status().is3xxRedirection());
        assertThat(answers()).isEqualTo(2);
        mvc.perform(get("/public/stations/{id}", station).param("checked", "ok"))
                .andExpect(content().string(containsString("今天 2 位骑手确认正常")))
                .andExpect(content().string(containsString("谢谢确认")));
        // No case for an all-right answer.
        assertThat(cases()).isZero();
    }

    @Test
    void theConfirmationSaysHowManyDaysAgoAndAProblemResetsIt() throws Exception {
        TestClock.setBeijing(LocalDateTime.now(TestClock.ZONE).minusDays(3));
        answer(device(), TestValues.address(), "OK").andExpect(status().is3xxRedirection());
        TestClock.reset();
        mvc.perform(get("/public/stations/{id}", station).locale(java.util.Locale.SIMPLIFIED_CHINESE))
                .andExpect(content().string(containsString("1 位骑手 3 天前确认正常")));
        mvc.perform(get("/public/stations/{id}", station).param("lang", "en"))
                .andExpect(content().string(containsString("1 rider confirmed it was all right 3 days ago")));
        answer(device(), TestValues.address(), "CLOSED").andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/stations/{id}", station)).andExpect(content().string(not(containsString("确认正常"))));
        task(1);
    }

    @Test
    void aSecondAnswerOfTheDeviceIsRefusedPolitelyAndChangesNothing() throws Exception {
        String device = device();
        answer(device, TestValues.address(), "CLOSED").andExpect(status().is3xxRedirection());
        long caseId = ((Number) task(1).get("id")).longValue();
        long events = jdbc.queryForObject("select count(*) from case_event where case_id = ?", Long.class, caseId);

        answer(device, TestValues.address(), "WRONG_LOCATION")
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("您今天已经回答过这个驿站了")));
        assertThat(answers()).isEqualTo(1);
        Thread.sleep(500);
        assertThat(jdbc.queryForObject(
                        "select count(*) from station_task_report where station_id = ?", Long.class, station))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from case_event where case_id = ?", Long.class, caseId))
                .isEqualTo(events);
    }

    @Test
    void answersFromOneAddressAreLimitedPerHourAndARefusalGivesTheDeviceItsAnswerBack() throws Exception {
        String address = TestValues.address();
        for (int i = 0; i < 30; i++) {
            answer(device(), address, "OK").andExpect(status().is3xxRedirection());
        }
        String last = device();
        answer(last, address, "OK")
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("这次没有重复记录")));
        assertThat(answers()).isEqualTo(30);
        assertThat(limiter.hits(StationChecks.DEVICE_BUCKET, station + ":" + last, Duration.ofDays(1)))
                .isZero();
        // The same device from another network is taken.
        answer(last, TestValues.address(), "OK").andExpect(status().is3xxRedirection());
        assertThat(answers()).isEqualTo(31);
    }

    @Test
    void aNotRightAnswerFilesOneCaseForTheStationsCommunityWithADeadline() throws Exception {
        answer(device(), TestValues.address(), "CLOSED").andExpect(status().is3xxRedirection());
        Map<String, Object> task = task(1);
        assertThat(task)
                .containsEntry("community_id", StationFixtures.regionId(jdbc, FUKANG))
                .containsEntry("category", "STATION_PROBLEM")
                .containsEntry("source", "STATION_CHECK")
                .containsEntry("status", "SUBMITTED");
        assertThat(task.get("due_on")).isNotNull();
        assertThat((String) task.get("description")).contains("没开门").contains("核查驿站");
        String caseNo = (String) task.get("case_no");
        long id = ((Number) task.get("id")).longValue();

        mvc.perform(get("/cases").param("caseNo", caseNo).with(user(users.loadUserByUsername("fukang"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/cases/" + id + "\"")));
        mvc.perform(get("/cases/{id}", id).with(user(users.loadUserByUsername("fukang"))))
                .andExpect(status().isOk());
        // Another community's secretary neither lists nor opens it.
        mvc.perform(get("/cases").param("caseNo", caseNo).with(user(users.loadUserByUsername("shannanshequ"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/cases/" + id + "\""))))
                .andExpect(content().string(containsString("暂无记录")));
        mvc.perform(get("/cases/{id}", id).with(user(users.loadUserByUsername("shannanshequ"))))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void furtherProblemsWhileTheTaskIsOpenCountOnItInsteadOfFilingAnother() throws Exception {
        answer(device(), TestValues.address(), "CLOSED").andExpect(status().is3xxRedirection());
        long first = ((Number) task(1).get("id")).longValue();
        answer(device(), TestValues.address(), "MISSING_AMENITY", "CHARGING").andExpect(status().is3xxRedirection());
        assertThat(((Number) task(2).get("id")).longValue()).isEqualTo(first);
        assertThat(cases()).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select note from case_event where case_id = ? and action = 'STATION_REPORT'",
                        String.class,
                        first))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("缺少设施：充电");
        // Once the task is closed, the next problem is a new task.
        jdbc.update("update gov_case set status = 'CLOSED' where id = ?", first);
        answer(device(), TestValues.address(), "WRONG_LOCATION").andExpect(status().is3xxRedirection());
        assertThat(((Number) task(3).get("id")).longValue()).isNotEqualTo(first);
        assertThat(cases()).isEqualTo(2);
    }

    @Test
    void twoProblemsAtOnceMakeOneCase() throws Exception {
        List<Integer> statuses = AtOnce.run(
                () -> answer(device(), TestValues.address(), "CLOSED")
                        .andReturn()
                        .getResponse()
                        .getStatus(),
                () -> answer(device(), TestValues.address(), "CLOSED")
                        .andReturn()
                        .getResponse()
                        .getStatus());
        assertThat(statuses).containsOnly(302);
        task(2);
        assertThat(cases()).isEqualTo(1);
    }

    @Test
    void badInputIsA400WithTheFieldsMessageAndRecordsNothing() throws Exception {
        answer(device(), TestValues.address(), "MAYBE")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择一个回答")));
        answer(device(), TestValues.address(), "MISSING_AMENITY")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请勾选缺少的设施")))
                .andExpect(content().string(containsString("id=\"missing-CHARGING\"")));
        answer(device(), TestValues.address(), "MISSING_AMENITY", "RESTROOM")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("只能勾选这个驿站提供的设施")));
        mvc.perform(post("/public/stations/{id}/check", station)
                        .with(csrf())
                        .param("answer", "MAYBE")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please choose an answer")));
        assertThat(answers()).isZero();
        // A bad answer counts against no limit: the same device may still answer.
        String device = device();
        answer(device, TestValues.address(), "MAYBE").andExpect(status().isBadRequest());
        answer(device, TestValues.address(), "OK").andExpect(status().is3xxRedirection());
        mvc.perform(post("/public/stations/{id}/check", Long.MAX_VALUE)
                        .with(csrf())
                        .param("answer", "OK"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theStationPageOpensNoSessionAndTheAnswerNeedsNoToken() throws Exception {
        mvc.perform(get("/public/stations/{id}", station))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"check-ok\"")))
                .andExpect(content().string(not(containsString("_csrf"))))
                .andExpect(cookie().doesNotExist("SESSION"));
    }

    @Test
    void aDeviceWithoutItsCookieGetsOne() throws Exception {
        mvc.perform(post("/public/stations/{id}/check", station)
                        .with(r -> {
                            r.setRemoteAddr(TestValues.address());
                            return r;
                        })
                        .param("answer", "OK"))
                .andExpect(status().is3xxRedirection())
                .andExpect(cookie().httpOnly("portal_device", true))
                .andExpect(cookie().maxAge(
                                "portal_device", (int) Duration.ofDays(365).toSeconds()));
    }
}
