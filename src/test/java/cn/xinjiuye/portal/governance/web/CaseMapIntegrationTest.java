package cn.xinjiuye.portal.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestUsers;
import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff's case map (/cases/map) and its points: the cases of the user's scope as the case list has them, with
 * its filters, located ones only, each with its traffic light and labels in words; never another street's or
 * another district's.
 */
@IntegrationTest
class CaseMapIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String located(CaseStreet street, long community, String status, double lat, double lng) {
        String no =
                street.insert(community, status, "OTHER", null, Instant.now().minus(1, ChronoUnit.HOURS), null, null);
        jdbc.update("update gov_case set lat = ?, lng = ? where case_no = ?", lat, lng, no);
        return no;
    }

    List<String> caseNumbers(String json) {
        return JsonPath.read(json, "$.points[*].caseNo");
    }

    /** The district's staff (an organization department's) of the district with this code. */
    CurrentUser district(String code) {
        return TestUsers.of(
                Role.ORG_STAFF,
                jdbc.queryForObject("select path from region where code = ?", String.class, code),
                jdbc.queryForObject("select name from region where code = ?", String.class, code));
    }

    String points(CurrentUser who, String query) throws Exception {
        return mvc.perform(get("/cases/map/points" + query).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aStreetSeesItsOwnLocatedCasesWithTheListsFilters() throws Exception {
        CaseStreet mine = CaseStreet.create(jdbc);
        CaseStreet other = CaseStreet.create(jdbc);
        String submitted = located(mine, mine.communities().get(0), "SUBMITTED", 41.12, 122.98);
        String running = located(mine, mine.communities().get(1), "IN_PROGRESS", 41.13, 122.97);
        String unlocated =
                mine.insert(mine.communities().get(2), "SUBMITTED", "OTHER", null, Instant.now(), null, null);
        String elsewhere = located(other, other.communities().get(0), "SUBMITTED", 41.14, 122.96);

        String all = points(mine.staff(), "");
        assertThat(caseNumbers(all)).containsExactlyInAnyOrder(submitted, running);
        assertThat(all).doesNotContain(unlocated, elsewhere).contains("\"category\":\"其他\"");
        assertThat(JsonPath.<List<String>>read(all, "$.points[*].light"))
                .isNotEmpty()
                .allMatch(l -> !l.isBlank());
        assertThat(caseNumbers(points(mine.staff(), "?status=IN_PROGRESS"))).containsExactly(running);
        assertThat(caseNumbers(points(
                        mine.staff(), "?communityId=" + mine.communities().get(0))))
                .containsExactly(submitted);
        // The case page shows where it was reported on a small map (WGS-84; case-map.js shifts it onto the tiles).
        long id = jdbc.queryForObject("select id from gov_case where case_no = ?", Long.class, submitted);
        mvc.perform(get("/cases/{id}", id).with(user(mine.staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"case-location-map\"")))
                .andExpect(content().string(containsString("data-lat=\"41.12\"")))
                .andExpect(content().string(containsString("/js/case-map")));
        // Naming another street's community in the filter does not widen the scope.
        assertThat(caseNumbers(points(
                        mine.staff(), "?communityId=" + other.communities().get(0))))
                .isEmpty();
    }

    @Test
    void anotherDistrictsCasesAreAbsentFromTheMapAndItsPoints() throws Exception {
        long huangjin = jdbc.queryForObject("select id from region where code = '210212003001'", Long.class);
        CaseStreet tiedongStreet = CaseStreet.create(jdbc);
        String lvshunCase = located(tiedongStreet, huangjin, "SUBMITTED", 38.81, 121.26);
        String tiedongCase = located(tiedongStreet, tiedongStreet.communities().get(0), "SUBMITTED", 41.12, 122.98);

        String tiedong = points(district("210302"), "");
        assertThat(tiedong).contains(tiedongCase).doesNotContain(lvshunCase);
        assertThat(points(district("210212"), "")).contains(lvshunCase).doesNotContain(tiedongCase);
        mvc.perform(get("/cases/map").with(user(district("210302"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cases-map\"")))
                .andExpect(content().string(containsString("/cases/map/points")))
                .andExpect(
                        content().string(containsString("/vendor/leaflet.markercluster-1.5.3/leaflet.markercluster")))
                .andExpect(content().string(containsString("/vendor/leaflet.heat-0.2.0/leaflet-heat")))
                .andExpect(content().string(not(containsString(lvshunCase))));
        mvc.perform(get("/cases/map/points").with(user(TestUsers.worker()))).andExpect(status().isForbidden());
    }
}
