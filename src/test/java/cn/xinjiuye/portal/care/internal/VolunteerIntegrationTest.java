package cn.xinjiuye.portal.care.internal;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestDates;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
public class VolunteerIntegrationTest extends PortalIntegrationTest {

    /** A new team, POSTed by the test's user. */
    ResultActions createTeam(String name, String regionCode, String leader) throws Exception {
        return mvc.perform(post("/care/teams")
                .with(csrf())
                .param("name", name)
                .param("regionCode", regionCode)
                .param("leader", leader));
    }

    /** An activity of a team held on a day, with its participants and hours (and nothing served or donated). */
    MockHttpServletRequestBuilder activity(
            long team, LocalDate heldOn, String title, String participants, String hours) {
        return post("/care/teams/{id}/activities", team)
                .with(csrf())
                .param("kind", "ANTI_FRAUD")
                .param("heldOn", heldOn.toString())
                .param("title", title)
                .param("participants", participants)
                .param("hours", hours);
    }

    @Test
    @WithUserDetails("shannan")
    void aTeamsTotalsAreSummedByTheDatabase() throws Exception {
        LocalDate today = TestDates.today();
        String name = TestValues.name("测试服务队");
        createTeam(name, "210302011001", "队长甲").andExpect(status().is3xxRedirection());
        long team = jdbc.queryForObject("select id from volunteer_team where name = ?", Long.class, name);
        for (String hours : new String[] {"10", "2.5"}) {
            mvc.perform(activity(team, today, "反诈宣传", "5", hours)
                            .param("peopleServed", "100")
                            .param("goodsValue", "1000"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/care/teams")).andExpect(shows(name, "12.5", "2000.00"));
    }

    @Test
    @WithUserDetails("shannan")
    void badActivitiesAreFieldErrorsAndNothingIsSaved() throws Exception {
        LocalDate tomorrow = TestDates.today().plusDays(1);
        long team = jdbc.queryForObject("select id from volunteer_team where name = '铁东区外卖骑手先锋服务队'", Long.class);
        int before =
                jdbc.queryForObject("select count(*) from volunteer_activity where team_id = ?", Integer.class, team);
        mvc.perform(activity(team, tomorrow, "明天的活动", "0", "-1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "participants", "hours"))
                .andExpect(content().string(containsString("明天的活动")));
        mvc.perform(activity(team, tomorrow, "明天的活动", "3", "1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "heldOn", "care.error.future"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from volunteer_activity where team_id = ?", Integer.class, team))
                .isEqualTo(before);
    }

    @Test
    @WithUserDetails("fukang")
    void teamsOutsideTheScopeAreNeitherListedNorReachable() throws Exception {
        long lvshun = jdbc.queryForObject("select id from volunteer_team where name = '旅顺口区快递小哥先锋服务队'", Long.class);
        mvc.perform(get("/care/teams")).andExpect(content().string(not(containsString("旅顺口区快递小哥先锋服务队"))));
        mvc.perform(get("/care/teams/{id}", lvshun)).andExpect(status().isForbidden());
        mvc.perform(post("/care/teams/{id}/activities", lvshun)
                        .with(csrf())
                        .param("kind", "OTHER")
                        .param("heldOn", TestDates.today().toString())
                        .param("title", "越权")
                        .param("participants", "1")
                        .param("hours", "1"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from volunteer_activity where title = '越权'", Integer.class))
                .isZero();
        createTeam("越权队", "210212", "某人")
                .andExpect(model().attributeHasFieldErrorCode("form", "regionCode", "care.error.regionOutOfScope"));
    }

    @Test
    @WithUserDetails("lvshun")
    void recognitionsAreListedInScopeWithTheirTitles() throws Exception {
        String craftsman = TestValues.name("测试工匠");
        mvc.perform(post("/care/recognitions")
                        .with(csrf())
                        .param("kind", "CRAFTSMAN")
                        .param("personName", craftsman)
                        .param("occupation", "COURIER")
                        .param("regionCode", "210212")
                        .param("awardedOn", TestDates.today().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/care/recognitions").param("kind", "CRAFTSMAN"))
                .andExpect(shows(craftsman, "旅顺工匠"))
                .andExpect(content().string(not(containsString("孙宏伟"))));
    }
}
