package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.StationFixtures.everyDay;
import static cn.xinjiuye.portal.station.internal.StationFixtures.station;
import static cn.xinjiuye.portal.station.internal.StationFixtures.unique;
import static cn.xinjiuye.portal.support.PageContent.hides;
import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.StationFinder;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public nearby search: in PostgreSQL on the GiST index, great-circle metres, nearest first, only shown
 * stations; the JSON API and the phone page, with bad input answered in words. Each test places its stations at a
 * spot of its own in the Gobi (far from demo data and from other tests).
 */
@IntegrationTest
public class StationFinderIntegrationTest extends PortalIntegrationTest {

    /** 振安区珍珠社区: no demo stations, so these far-away test stations move no demo community's centre. */
    static final String COMMUNITY = "210604001001";

    static final String FUKANG = "210302011001";
    // 2026-03-16 is a Monday.
    static final LocalDateTime MONDAY_NOON = LocalDateTime.of(2026, 3, 16, 12, 0);

    @Autowired
    StationFinder finder;

    @Autowired
    TransactionTemplate tx;

    @Test
    void nearestFirstWithGreatCircleMetresOnlyShownStationsWithinTheRadius() {
        double lat = 42.001, lng = 101.001;
        String tag = unique("近");
        long a = station(jdbc, tag + "A", COMMUNITY, lat + 0.0090, lng, everyDay("24h"), 1, "OPEN"); // ≈ 1000 m north
        long b = station(jdbc, tag + "B", COMMUNITY, lat, lng + 0.0030, everyDay("24h"), 1, "OPEN"); // ≈ 248 m east
        long c = station(jdbc, tag + "C", COMMUNITY, lat - 0.0200, lng, everyDay("24h"), 1, "OPEN"); // ≈ 2224 m south
        station(jdbc, tag + "停", COMMUNITY, lat, lng + 0.0001, everyDay("24h"), 1, "SUSPENDED");
        long gone = station(jdbc, tag + "删", COMMUNITY, lat, lng + 0.0002, everyDay("24h"), 1, "OPEN");
        jdbc.update("update station set active = false where id = ?", gone);

        List<NearbyStation> hits = finder.nearby(new StationFinder.Query(lat, lng, 2000, 10, false, null), MONDAY_NOON);
        assertThat(hits).extracting(NearbyStation::id).containsExactly(b, a);
        // earthdistance's sphere: 6378168 m, so 0.009° of latitude is 1001.9 m and 0.003° of longitude at 42° 248.3 m.
        assertThat(hits.get(0).distance()).isBetween(245.0, 252.0);
        assertThat(hits.get(1).distance()).isBetween(995.0, 1010.0);
        assertThat(finder.nearby(new StationFinder.Query(lat, lng, 3000, 10, false, null), MONDAY_NOON))
                .extracting(NearbyStation::id)
                .containsExactly(b, a, c);
        assertThat(finder.nearby(new StationFinder.Query(lat, lng, 3000, 2, false, null), MONDAY_NOON))
                .hasSize(2);
    }

    @Test
    void openNowAndAmenityFilterInTheDatabase() {
        double lat = 43.002, lng = 102.002;
        String tag = unique("开");
        String mondayMorning = "08:00-11:00,24h,24h,24h,24h,24h,24h";
        long allDay =
                station(jdbc, tag + "全天", COMMUNITY, lat + 0.001, lng, everyDay("24h"), Amenity.WATER.bit(), "OPEN");
        long morning = station(
                jdbc,
                tag + "上午",
                COMMUNITY,
                lat + 0.002,
                lng,
                mondayMorning,
                Amenity.WATER.bit() | Amenity.LUNCH.bit(),
                "OPEN");
        long closedMonday = station(
                jdbc,
                tag + "周一休",
                COMMUNITY,
                lat + 0.003,
                lng,
                "closed,24h,24h,24h,24h,24h,24h",
                Amenity.LUNCH.bit(),
                "OPEN");
        StationFinder.Query all = new StationFinder.Query(lat, lng, 1000, 10, false, null);
        StationFinder.Query open = new StationFinder.Query(lat, lng, 1000, 10, true, null);
        assertThat(finder.nearby(all, MONDAY_NOON))
                .extracting(NearbyStation::id)
                .containsExactly(allDay, morning, closedMonday);
        assertThat(finder.nearby(open, MONDAY_NOON))
                .extracting(NearbyStation::id)
                .containsExactly(allDay);
        assertThat(finder.nearby(open, MONDAY_NOON.withHour(9)))
                .extracting(NearbyStation::id)
                .containsExactly(allDay, morning);
        assertThat(finder.nearby(open, MONDAY_NOON.plusDays(1)))
                .extracting(NearbyStation::id)
                .containsExactly(allDay, morning, closedMonday);
        assertThat(finder.nearby(new StationFinder.Query(lat, lng, 1000, 10, false, Amenity.LUNCH), MONDAY_NOON))
                .extracting(NearbyStation::id)
                .containsExactly(morning, closedMonday);
        List<NearbyStation> hits = finder.nearby(all, MONDAY_NOON);
        assertThat(hits).extracting(NearbyStation::openNow).containsExactly(true, false, false);
        assertThat(hits).extracting(NearbyStation::todayHours).containsExactly("24h", "08:00-11:00", "closed");
    }

    @Test
    void theSqlOpeningHoursAgreeWithJavaAtEveryQuarterHourOfTheWeek() {
        String hours = "08:00-20:00,24h,closed,00:00-00:15,23:45-23:59,06:30-07:00,09:15-17:45";
        OpeningHours java = OpeningHours.parse(hours);
        for (DayOfWeek d : DayOfWeek.values()) {
            for (int mins = 0; mins < 24 * 60; mins += 15) {
                Boolean sql = jdbc.queryForObject(
                        "select station_open_at(?, ?, ?)", Boolean.class, hours, d.getValue(), mins);
                LocalDateTime at = MONDAY_NOON
                        .plusDays(d.getValue() - 1)
                        .withHour(mins / 60)
                        .withMinute(mins % 60);
                assertThat(sql).as("%s %d", d, mins).isEqualTo(java.isOpenAt(at));
            }
        }
    }

    @Test
    void theNearbyQueryCanUseTheGistIndex() {
        String plan = tx.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            String sql = "explain "
                    + NearbySql.SQL
                            .replace(":lat", "41.11")
                            .replace(":lng", "122.99")
                            .replace(":radius", "5000")
                            .replace(":amenity", "0")
                            .replace(":openNow", "false")
                            .replace(":dow", "1")
                            .replace(":mins", "600")
                            .replace(":lim", "20");
            return String.join("\n", jdbc.queryForList(sql, String.class));
        });
        assertThat(plan).contains("station_earth_idx");
    }

    @Test
    void theApiAnswersNearestFirstInMetres() throws Exception {
        double lat = 44.003, lng = 103.003;
        String tag = unique("接口");
        long near =
                station(jdbc, tag + "近", COMMUNITY, lat, lng + 0.002, everyDay("24h"), Amenity.CHARGING.bit(), "OPEN");
        long far =
                station(jdbc, tag + "远", COMMUNITY, lat + 0.01, lng, everyDay("24h"), Amenity.CHARGING.bit(), "OPEN");
        mvc.perform(get("/api/stations/nearby")
                        .param("lat", String.valueOf(lat))
                        .param("lng", String.valueOf(lng))
                        .param("radius", "3000")
                        .param("amenity", "charging"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.stations[0].id").value(near))
                .andExpect(jsonPath("$.stations[0].distance")
                        .value(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.greaterThan(155), org.hamcrest.Matchers.lessThan(165))))
                .andExpect(jsonPath("$.stations[0].amenities[0]").value("CHARGING"))
                .andExpect(jsonPath("$.stations[0].url").value("/public/stations/" + near))
                .andExpect(jsonPath("$.stations[1].id").value(far));
    }

    @Test
    void theApiCapsRadiusAndLimit() throws Exception {
        mvc.perform(get("/api/stations/nearby")
                        .param("lat", "41.11")
                        .param("lng", "122.99")
                        .param("radius", "99999999")
                        .param("limit", "100000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.radius").value(50000))
                .andExpect(jsonPath("$.limit").value(50))
                .andExpect(jsonPath("$.stations", hasSize(lessThanOrEqualTo(50))));
        mvc.perform(get("/api/stations/nearby")
                        .param("lat", "41.11")
                        .param("lng", "122.99")
                        .param("radius", "-5")
                        .param("limit", "0"))
                .andExpect(jsonPath("$.radius").value(100))
                .andExpect(jsonPath("$.limit").value(1));
    }

    @Test
    void theApiRefusesBadCoordinatesWithAReadable400() throws Exception {
        mvc.perform(get("/api/stations/nearby").param("lng", "122.99"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.fields.lat").value("缺少纬度（lat）"));
        mvc.perform(get("/api/stations/nearby")
                        .param("lat", "abc")
                        .param("lng", "122.99")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.lat").value("The latitude (lat) \"abc\" is not a number"));
        mvc.perform(get("/api/stations/nearby").param("lat", "41").param("lng", "181"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.lng").value(containsString("超出范围")));
        mvc.perform(get("/api/stations/nearby").param("lat", "NaN").param("lng", "Infinity"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.lat").exists())
                .andExpect(jsonPath("$.fields.lng").exists());
        mvc.perform(get("/api/stations/nearby")
                        .param("lat", "41")
                        .param("lng", "122")
                        .param("radius", "5km"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.radius").exists());
    }

    @Test
    void theApiIsReadOnly() throws Exception {
        mvc.perform(post("/api/stations/nearby").param("lat", "41").param("lng", "122"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void thePublicPageSaysWhatIsWrongInWords() throws Exception {
        mvc.perform(get("/public/stations").param("lat", "abc").param("lng", "122.99"))
                .andExpect(status().isOk())
                .andExpect(shows("纬度（lat）“abc”不是数字", "id=\"area\""));
        mvc.perform(get("/public/stations").param("lat", "95").param("lang", "en"))
                .andExpect(shows("out of range", "The longitude (lng) is missing"));
    }

    @Test
    void thePublicPageListsNearestFirstAndOffersAreasWithoutALocation() throws Exception {
        mvc.perform(get("/public/stations").param("lat", "41.1105").param("lng", "122.9905"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("福康社区党群服务中心爱心驿站")))
                .andExpect(hides("福康社区卫生服务站驿站", "黄金社区党群服务中心爱心驿站"));
        mvc.perform(get("/public/stations")).andExpect(status().isOk()).andExpect(shows("id=\"locate\"", "福康社区"));
        long fukang = StationFixtures.regionId(jdbc, FUKANG);
        mvc.perform(get("/public/stations").param("area", String.valueOf(fukang)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("福康早餐驿站")));
    }

    @Test
    void aStationPageNavigatesWithTheRightCoordinatesForEachMap() throws Exception {
        // A spot of its own, not at the demo station 福康社区党群服务中心爱心驿站 (41.1112, 122.9912) that the finder
        // journey expects first.
        double lat = 40.1112, lng = 100.9912;
        long id = station(jdbc, unique("导航"), COMMUNITY, lat, lng, everyDay("24h"), 1, "OPEN");
        // the call button needs a public contact phone (StationPublicPhoneIntegrationTest)
        jdbc.update("update station set public_phone = true where id = ?", id);
        ChinaCoordinates.LatLng gcj = ChinaCoordinates.wgs84ToGcj02(lat, lng);
        ChinaCoordinates.LatLng bd = ChinaCoordinates.wgs84ToBd09(lat, lng);
        mvc.perform(get("/public/stations/{id}", id))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("https://uri.amap.com/marker?position=100.991200,40.111200")))
                .andExpect(content().string(containsString("coordinate=wgs84")))
                .andExpect(content()
                        .string(containsString("https://uri.amap.com/navigation?to="
                                + String.format(java.util.Locale.ROOT, "%.6f,%.6f", gcj.lng(), gcj.lat()))))
                .andExpect(content()
                        .string(containsString("destination=latlng:"
                                + String.format(java.util.Locale.ROOT, "%.6f,%.6f", bd.lat(), bd.lng()))))
                .andExpect(content().string(containsString("coord_type=bd09ll")))
                .andExpect(content()
                        .string(containsString(
                                "tocoord=" + String.format(java.util.Locale.ROOT, "%.6f,%.6f", gcj.lat(), gcj.lng()))))
                .andExpect(content().string(containsString("href=\"tel:13800000000\"")));
        // Riding unless the courier chose otherwise (the page script switches it).
        mvc.perform(get("/public/stations/{id}", id))
                .andExpect(shows("&amp;mode=ride&amp;", "&amp;mode=riding&amp;", "routeplan?type=bike&amp;"));
        long retired = station(jdbc, unique("撤销"), COMMUNITY, lat, lng, everyDay("24h"), 1, "OPEN");
        jdbc.update("update station set active = false where id = ?", retired);
        mvc.perform(get("/public/stations/{id}", retired)).andExpect(status().isNotFound());
    }
}
