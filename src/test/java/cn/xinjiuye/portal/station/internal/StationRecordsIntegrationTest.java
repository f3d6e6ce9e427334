package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.StationFixtures.everyDay;
import static cn.xinjiuye.portal.station.internal.StationFixtures.station;
import static cn.xinjiuye.portal.station.internal.StationFixtures.unique;
import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestDates;
import cn.xinjiuye.portal.support.TestImages;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 六有 inspections, one-tap services and photos of a station, as its community secretary records them. */
@IntegrationTest
public class StationRecordsIntegrationTest extends StationsInDemoCommunities {

    static final String FUKANG = "210302011001";

    /** An inspection of the station on a day by an inspector, as the test's user records it. */
    static MockHttpServletRequestBuilder inspection(long id, String inspectedOn, String inspector) {
        return post("/stations/{id}/inspections", id)
                .with(csrf())
                .param("inspectedOn", inspectedOn)
                .param("inspector", inspector);
    }

    long newStation() {
        return station(jdbc, unique("记录"), FUKANG, 41.11, 122.99, everyDay("24h"), 1, "OPEN");
    }

    @Test
    @WithUserDetails("fukang")
    void aStationWithoutARecentInspectionIsFlaggedUntilOneIsRecorded() throws Exception {
        LocalDate today = TestDates.today();
        long id = newStation();
        mvc.perform(get("/stations/{id}", id)).andExpect(content().string(containsString("id=\"inspection-overdue\"")));
        LocalDate old = today.minusDays(400);
        mvc.perform(inspection(id, old.toString(), "张敏")
                        .param("hasSite", "true")
                        .param("hasSign", "true")
                        .param("hasFacilities", "true")
                        .param("hasRules", "true")
                        .param("hasBooks", "true")
                        .param("hasManager", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/stations/{id}", id)).andExpect(content().string(containsString("id=\"inspection-overdue\"")));
        LocalDate recent = today.minusDays(3);
        mvc.perform(inspection(id, recent.toString(), "张敏")
                        .param("hasSite", "true")
                        .param("hasSign", "true")
                        .param("note", "书刊缺"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/stations/{id}", id))
                .andExpect(content().string(not(containsString("id=\"inspection-overdue\""))))
                .andExpect(shows("检查未达标", "书刊缺"));
        assertThat(jdbc.queryForMap("select last_inspected_on, last_inspection_passed from station where id = ?", id))
                .containsEntry("last_inspected_on", java.sql.Date.valueOf(recent))
                .containsEntry("last_inspection_passed", false);
        // An older inspection entered later does not replace the latest result.
        mvc.perform(inspection(id, old.plusDays(1).toString(), "补录").param("hasSite", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select last_inspected_on from station where id = ?", java.sql.Date.class, id))
                .isEqualTo(java.sql.Date.valueOf(recent));
    }

    @Test
    @WithUserDetails("fukang")
    void anInspectionInTheFutureOrWithoutInspectorIsRefusedOnTheField() throws Exception {
        long id = newStation();
        mvc.perform(inspection(id, TestDates.today().plusDays(2).toString(), "x"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("inspectionForm", "inspectedOn", "station.error.future"));
        mvc.perform(post("/stations/{id}/inspections", id).with(csrf()).param("inspectedOn", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("inspectionForm", "inspector"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from station_inspection where station_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    @WithUserDetails("fukang")
    void oneTapRecordsOneServiceTodayAndThePageShowsTheTotals() throws Exception {
        LocalDate today = TestDates.today();
        long id = newStation();
        mvc.perform(post("/stations/{id}/services", id).with(csrf()).param("kind", "MEAL"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "station.service.recorded"));
        mvc.perform(post("/stations/{id}/services", id).with(csrf()).param("kind", "MEAL"));
        mvc.perform(post("/stations/{id}/services", id)
                .with(csrf())
                .param("kind", "CHARGING")
                .param("count", "5")
                .param("servedOn", today.minusMonths(2).toString()));
        assertThat(jdbc.queryForObject(
                        "select sum(count) from station_service where station_id = ? and kind = 'MEAL' "
                                + "and served_on = ?",
                        Integer.class,
                        id,
                        java.sql.Date.valueOf(today)))
                .isEqualTo(2);
        mvc.perform(get("/stations/{id}", id))
                .andExpect(content().string(containsString("累计服务 7 人次")))
                .andExpect(model().attribute("chartCounts", org.hamcrest.Matchers.endsWith(",5,0,2")));
        mvc.perform(post("/stations/{id}/services", id)
                        .with(csrf())
                        .param("kind", "MEAL")
                        .param("count", "0"))
                .andExpect(flash().attribute("error", "station.error.count"));
        mvc.perform(post("/stations/{id}/services", id).with(csrf()).param("kind", "SWIM"))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.queryForObject(
                        "select sum(count) from station_service where station_id = ?", Integer.class, id))
                .isEqualTo(7);
    }

    @Test
    @WithUserDetails("fukang")
    void aPhotoIsCheckedByItsBytesNotItsName() throws Exception {
        long id = newStation();
        byte[] png = TestImages.encoded("png", 40, 30);
        mvc.perform(multipart("/stations/{id}/photo", id)
                        .file(new MockMultipartFile(
                                "photo", "fake.png", "image/png", "<script>alert(1)</script>".getBytes()))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "photo.error.type"));
        mvc.perform(multipart("/stations/{id}/photo", id)
                        .file(new MockMultipartFile(
                                "photo", "big.jpg", "image/jpeg", new byte[StationPhotos.MAX_PHOTO_BYTES + 1]))
                        .with(csrf()))
                .andExpect(flash().attribute("error", "photo.error.tooLarge"));
        assertThat(jdbc.queryForObject("select count(*) from station_photo where station_id = ?", Integer.class, id))
                .isZero();
        mvc.perform(multipart("/stations/{id}/photo", id)
                        .file(new MockMultipartFile("photo", "x.bin", "application/octet-stream", png))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "station.photo.saved"));
        mvc.perform(get("/stations/{id}/photo", id))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(result -> assertThat(
                                TestImages.decode(result.getResponse().getContentAsByteArray())
                                        .getWidth())
                        .isEqualTo(40));
        mvc.perform(get("/public/stations/{id}/photo", id)).andExpect(status().isOk());
    }
}
