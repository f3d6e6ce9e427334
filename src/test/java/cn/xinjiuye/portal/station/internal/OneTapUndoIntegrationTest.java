package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.StationFixtures.everyDay;
import static cn.xinjiuye.portal.station.internal.StationFixtures.station;
import static cn.xinjiuye.portal.station.internal.StationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * 撤销 after a one-tap service: its recorder, within the window, and nobody else (not a street's staff who may see
 * the station, not another district's secretary), never after the window, never twice.
 */
@IntegrationTest
class OneTapUndoIntegrationTest extends StationsInDemoCommunities {

    @Autowired
    UserDetailsService users;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long newStation() {
        return station(jdbc, unique("撤销"), "210302011001", 41.11, 122.99, everyDay("24h"), 1, "OPEN");
    }

    long tap(long station) throws Exception {
        String body = mvc.perform(post("/stations/{id}/services/tap", station)
                        .with(csrf())
                        .with(as("fukang"))
                        .param("kind", "WATER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("WATER"))
                .andExpect(jsonPath("$.kindTotal").value(1))
                .andExpect(jsonPath("$.undoSeconds").value(10))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.recordId")).longValue();
        assertThat(JsonPath.<String>read(body, "$.undoUrl"))
                .isEqualTo("/stations/" + station + "/services/" + id + "/undo");
        return id;
    }

    @Test
    void theRecorderUndoesTheirOwnTapOnce() throws Exception {
        long station = newStation();
        long record = tap(station);
        assertThat(records(station)).isEqualTo(1);
        mvc.perform(post("/stations/{id}/services/{r}/undo", station, record)
                        .with(csrf())
                        .with(as("fukang")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kindTotal").value(0));
        assertThat(records(station)).isZero();
        mvc.perform(post("/stations/{id}/services/{r}/undo", station, record)
                        .with(csrf())
                        .with(as("fukang")))
                .andExpect(status().isNotFound());
    }

    @Test
    void nobodyElseUndoesIt() throws Exception {
        long station = newStation();
        long record = tap(station);
        // The street's staff see the station but did not record the service; another district's secretary sees
        // neither; a record of another station is not reached through this one's URL.
        mvc.perform(post("/stations/{id}/services/{r}/undo", station, record)
                        .with(csrf())
                        .with(as("shannan")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/stations/{id}/services/{r}/undo", station, record)
                        .with(csrf())
                        .with(as("huangjin")))
                .andExpect(status().isForbidden());
        long other = newStation();
        mvc.perform(post("/stations/{id}/services/{r}/undo", other, record)
                        .with(csrf())
                        .with(as("fukang")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/stations/{id}/services/{r}/undo", station, record).with(as("fukang")))
                .andExpect(status().isForbidden());
        assertThat(records(station)).isEqualTo(1);
    }

    @Test
    void withinFifteenSecondsItMayBeUndoneAfterThatTheRecordStays() throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0);
        TestClock.setBeijing(now);
        long station = newStation();
        long first = tap(station);
        TestClock.setBeijing(now.plusSeconds(15));
        mvc.perform(post("/stations/{id}/services/{r}/undo", station, first)
                        .with(csrf())
                        .with(as("fukang")))
                .andExpect(status().isOk());
        long second = tap(station);
        TestClock.setBeijing(now.plusSeconds(15 + 16));
        mvc.perform(post("/stations/{id}/services/{r}/undo", station, second)
                        .with(csrf())
                        .with(as("fukang")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("station.service.undo.late"));
        assertThat(records(station)).isEqualTo(1);
    }

    int records(long station) {
        return jdbc.queryForObject("select count(*) from station_service where station_id = ?", Integer.class, station);
    }
}
