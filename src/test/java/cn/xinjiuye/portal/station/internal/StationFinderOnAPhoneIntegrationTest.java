package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.StationFixtures.everyDay;
import static cn.xinjiuye.portal.station.internal.StationFixtures.station;
import static cn.xinjiuye.portal.station.internal.StationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.StationFinder;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The finder on a phone (issue 13): stations by state (open, closing within 30 minutes, closed), the API in GCJ-02
 * for mini-programs, a suspended station's page with the nearest open ones, and the list's cached thumbnails. Each
 * test places its stations at a spot of its own in the Gobi, far from demo data and other tests.
 */
@IntegrationTest
class StationFinderOnAPhoneIntegrationTest {

    static final String COMMUNITY = StationFinderIntegrationTest.COMMUNITY;
    static final LocalDateTime MONDAY_NOON = StationFinderIntegrationTest.MONDAY_NOON;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StationFinder finder;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aStationClosingWithinHalfAnHourIsClosingSoon() {
        double lat = 43.503, lng = 102.503;
        String tag = unique("关门");
        long soon = station(jdbc, tag + "快", COMMUNITY, lat, lng + 0.001, everyDay("08:00-12:30"), 0, "OPEN");
        long later = station(jdbc, tag + "晚", COMMUNITY, lat, lng + 0.002, everyDay("08:00-12:31"), 0, "OPEN");
        long allDay = station(jdbc, tag + "全", COMMUNITY, lat, lng + 0.003, everyDay("24h"), 0, "OPEN");
        long closed = station(jdbc, tag + "休", COMMUNITY, lat, lng + 0.004, everyDay("13:00-18:00"), 0, "OPEN");
        List<NearbyStation> hits = finder.nearby(new StationFinder.Query(lat, lng, 1000, 10, false, null), MONDAY_NOON);
        assertThat(hits).extracting(NearbyStation::id).containsExactly(soon, later, allDay, closed);
        assertThat(hits)
                .extracting(NearbyStation::state)
                .containsExactly(
                        NearbyStation.State.CLOSING_SOON,
                        NearbyStation.State.OPEN,
                        NearbyStation.State.OPEN,
                        NearbyStation.State.CLOSED);
        assertThat(hits.get(0).minutesToClose()).isEqualTo(30);
        assertThat(hits.get(1).minutesToClose()).isEqualTo(31);
    }

    @Test
    void thePageShowsEachStateInWordsAndNavigatesByRidingFromWhereTheCourierIs() throws Exception {
        double lat = 43.603, lng = 102.603;
        String tag = unique("状态");
        station(jdbc, tag + "快", COMMUNITY, lat, lng + 0.001, everyDay("08:00-12:20"), 0, "OPEN");
        station(jdbc, tag + "休", COMMUNITY, lat, lng + 0.002, everyDay("closed"), 0, "OPEN");
        TestClock.setBeijing(MONDAY_NOON);
        String html = page("/public/stations?lat=" + lat + "&lng=" + lng + "&radius=1000");
        assertThat(html)
                .contains("20 分钟后关门", "已关门", "data-state=\"CLOSING_SOON\"", "data-state=\"CLOSED\"")
                .contains("id=\"map-legend\"", "id=\"nav-mode\"")
                .contains("&amp;mode=ride&amp;", "routeplan?type=bike&amp;", "&amp;mode=riding&amp;");
        ChinaCoordinates.LatLng from = ChinaCoordinates.wgs84ToBd09(lat, lng);
        assertThat(html).contains(String.format(Locale.ROOT, "origin=latlng:%.6f,%.6f&amp;", from.lat(), from.lng()));
        String en = page("/public/stations?lat=" + lat + "&lng=" + lng + "&radius=1000&lang=en");
        assertThat(en).contains("Closes in 20 min", "Closed", "How do you travel?");
    }

    @Test
    void theApiAnswersGcj02WhenAskedAndRefusesAnyOtherSystemInWords() throws Exception {
        double lat = 43.703, lng = 102.703;
        long id = station(jdbc, unique("坐标"), COMMUNITY, lat, lng + 0.001, everyDay("24h"), 0, "OPEN");
        ChinaCoordinates.LatLng here = ChinaCoordinates.wgs84ToGcj02(lat, lng);
        ChinaCoordinates.LatLng there = ChinaCoordinates.wgs84ToGcj02(lat, lng + 0.001);

        // A mini-program sends where wx.getLocation put it (GCJ-02) and gets GCJ-02 back for wx.openLocation.
        String gcj = json("/api/stations/nearby?radius=500&coord=gcj02&lat=" + here.lat() + "&lng=" + here.lng());
        assertThat((String) JsonPath.read(gcj, "$.coord")).isEqualTo("gcj02");
        assertThat((Integer) JsonPath.read(gcj, "$.count")).isEqualTo(1);
        assertThat(((Number) JsonPath.read(gcj, "$.stations[0].id")).longValue())
                .isEqualTo(id);
        assertThat((Double) JsonPath.read(gcj, "$.stations[0].lat")).isCloseTo(there.lat(), within(1e-9));
        assertThat((Double) JsonPath.read(gcj, "$.stations[0].lng")).isCloseTo(there.lng(), within(1e-9));
        assertThat((Double) JsonPath.read(gcj, "$.lat")).isCloseTo(here.lat(), within(1e-7));
        assertThat((Integer) JsonPath.read(gcj, "$.stations[0].distance")).isBetween(80, 90);

        // The default stays WGS-84, the stored point.
        String wgs = json("/api/stations/nearby?radius=500&lat=" + lat + "&lng=" + lng);
        assertThat((String) JsonPath.read(wgs, "$.coord")).isEqualTo("wgs84");
        assertThat((Double) JsonPath.read(wgs, "$.stations[0].lng")).isCloseTo(lng + 0.001, within(1e-9));
        String explicit = json("/api/stations/nearby?radius=500&coord=WGS84&lat=" + lat + "&lng=" + lng);
        assertThat((Double) JsonPath.read(explicit, "$.stations[0].lat")).isCloseTo(lat, within(1e-9));

        mvc.perform(get("/api/stations/nearby")
                        .param("lat", "43.7")
                        .param("lng", "102.7")
                        .param("coord", "bd09"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.fields.coord").value("坐标系（coord）“bd09”不支持，应为 wgs84 或 gcj02"));
        mvc.perform(get("/api/stations/nearby")
                        .param("lat", "43.7")
                        .param("lng", "102.7")
                        .param("coord", "gps")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("use wgs84 or gcj02")));
    }

    @Test
    void aSuspendedStationSaysWhyAndOffersTheNearestOpenOnes() throws Exception {
        double lat = 43.803, lng = 102.803;
        String tag = unique("暂停");
        long suspended = station(jdbc, tag + "停", COMMUNITY, lat, lng, everyDay("24h"), 0, "SUSPENDED");
        jdbc.update("update station set suspend_reason = '装修中，十二月底恢复' where id = ?", suspended);
        long open = station(jdbc, tag + "开", COMMUNITY, lat, lng + 0.002, everyDay("24h"), 0, "OPEN");
        long closedNow = station(jdbc, tag + "休", COMMUNITY, lat, lng + 0.001, everyDay("closed"), 0, "OPEN");
        String html = page("/public/stations/" + suspended);
        assertThat(html)
                .contains("该驿站暂停服务", "原因：装修中，十二月底恢复", tag + "开")
                .contains("/public/stations/" + open + "\"")
                .doesNotContain("/public/stations/" + closedNow + "\"")
                .doesNotContain("id=\"nav-amap\"");
        // Its photo stays hidden, as before.
        mvc.perform(get("/public/stations/{id}/photo", suspended)).andExpect(status().isNotFound());
    }

    @Test
    void theListShowsALazyThumbnailCachedByItsVersion() throws Exception {
        double lat = 43.903, lng = 102.903;
        String tag = unique("照片");
        long with = station(jdbc, tag + "有", COMMUNITY, lat, lng + 0.001, everyDay("24h"), 0, "OPEN");
        long without = station(jdbc, tag + "无", COMMUNITY, lat, lng + 0.002, everyDay("24h"), 0, "OPEN");
        byte[] photo = jpeg(1200, 900);
        jdbc.update(
                "insert into station_photo (station_id, content_type, bytes, thumb) values (?, 'image/jpeg', ?, ?)",
                with,
                photo,
                StationThumbnail.of(photo));
        long version = jdbc.queryForObject(
                "select extract(epoch from uploaded_at)::bigint from station_photo where station_id = ?",
                Long.class,
                with);
        String html = page("/public/stations?lat=" + lat + "&lng=" + lng + "&radius=1000");
        assertThat(html)
                .containsPattern("<img class=\"station-thumb\" src=\"/public/stations/" + with + "/thumb\\?v=" + version
                        + "\" alt=\"" + tag + "有 的照片\"\\s+loading=\"lazy\"")
                .doesNotContain("/public/stations/" + without + "/thumb");

        MvcResult thumb = mvc.perform(get("/public/stations/{id}/thumb", with).param("v", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andReturn();
        byte[] small = thumb.getResponse().getContentAsByteArray();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(small));
        assertThat(read.getWidth()).isEqualTo(StationThumbnail.SIZE);
        assertThat(read.getHeight()).isEqualTo(120);
        assertThat(small.length).isLessThan(photo.length / 5);

        // A photo from before thumbnails: the list loads the photo itself.
        jdbc.update("update station_photo set thumb = null where station_id = ?", with);
        mvc.perform(get("/public/stations/{id}/thumb", with))
                .andExpect(status().isOk())
                .andExpect(result ->
                        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(photo));
        mvc.perform(get("/public/stations/{id}/thumb", without)).andExpect(status().isNotFound());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String json(String url) throws Exception {
        return page(url);
    }

    static byte[] jpeg(int w, int h) throws Exception {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                image.setRGB(x, y, (x * 31 + y * 17) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
