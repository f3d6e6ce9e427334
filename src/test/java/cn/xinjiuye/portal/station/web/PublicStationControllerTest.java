package cn.xinjiuye.portal.station.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.StationFinder;
import cn.xinjiuye.portal.station.internal.Amenity;
import cn.xinjiuye.portal.station.internal.HostType;
import cn.xinjiuye.portal.station.internal.NearbyStation;
import cn.xinjiuye.portal.station.internal.OpeningHours;
import cn.xinjiuye.portal.station.internal.StationChecks;
import cn.xinjiuye.portal.support.PortalWebMvcTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** With Amap tiles (GCJ-02) the markers are shifted to GCJ-02 and a tap on the map is shifted back to WGS-84. */
@PortalWebMvcTest(PublicStationController.class)
@Import({NearbyHits.class, IconSprite.class, PublicStationPages.class})
@TestPropertySource(
        properties = {
            "portal.map.tile-url=https://webrd0{s}.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}&style=8",
            "portal.map.tile-subdomains=1234",
            "portal.map.tile-coordinates=GCJ02"
        })
class PublicStationControllerTest {

    static final java.util.regex.Pattern SPRITE_USE =
            java.util.regex.Pattern.compile("<use href=\"(/public/stations/icons/sprite-[0-9a-f]{12}\\.svg)#bi-");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    StationFinder finder;

    @MockitoBean
    StationChecks checks;

    @Test
    void markersAreDrawnInGcj02AndATapIsSearchedInWgs84() throws Exception {
        NearbyStation station = new NearbyStation(
                7,
                "福康驿站",
                "福康街",
                41.1112,
                122.9912,
                98.0,
                OpeningHours.everyDay("24h"),
                List.of(Amenity.WATER),
                "13800000000",
                HostType.SHOP,
                true,
                "08:00-12:00",
                12,
                1767225600L);
        when(finder.nearby(any())).thenReturn(List.of(station));
        when(finder.radiusOf(any())).thenReturn(5000);
        when(finder.limitOf(any())).thenReturn(20);
        ChinaCoordinates.LatLng tapped = ChinaCoordinates.wgs84ToGcj02(41.1105, 122.9905);
        ChinaCoordinates.LatLng marker = ChinaCoordinates.wgs84ToGcj02(41.1112, 122.9912);

        String html = mvc.perform(get("/public/stations")
                        .param("lat", String.format(Locale.ROOT, "%.7f", tapped.lat()))
                        .param("lng", String.format(Locale.ROOT, "%.7f", tapped.lng()))
                        .param("coords", "GCJ02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("98 米")))
                .andExpect(content().string(containsString("data-tile-url=\"https://webrd0{s}.is.autonavi.com")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        ArgumentCaptor<StationFinder.Query> query = ArgumentCaptor.forClass(StationFinder.Query.class);
        verify(finder).nearby(query.capture());
        assertThat(query.getValue().lat()).isCloseTo(41.1105, within(1e-6));
        assertThat(query.getValue().lng()).isCloseTo(122.9905, within(1e-6));
        assertThat(html).contains("data-lat=\"" + marker.lat() + "\"").contains("data-lng=\"" + marker.lng() + "\"");
        // Each amenity: an SVG icon and its name as text a touch user sees.
        java.util.regex.Matcher sprite = SPRITE_USE.matcher(html);
        assertThat(sprite.find()).as("an icon drawn from the sprite file").isTrue();
        assertThat(html)
                .contains("<use href=\"" + sprite.group(1) + "#bi-droplet\"/></svg> <span>饮水机</span>")
                .doesNotContain("<symbol");
        // The sprite itself: its symbols, cached for a year under its content-hashed name.
        mvc.perform(get(sprite.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andExpect(content().string(containsString("<symbol id=\"bi-droplet\" viewBox=\"0 0 16 16\"")))
                .andExpect(content().string(containsString("<symbol id=\"bi-clock-history\"")));
        // A name of an older build is not the current sprite.
        mvc.perform(get("/public/stations/icons/sprite-0123456789ab.svg")).andExpect(status().isNotFound());
        // Closing within 30 minutes, in words beside its icon; a lazy thumbnail named by the photo's version.
        assertThat(html)
                .contains("data-state=\"CLOSING_SOON\"", "12 分钟后关门", sprite.group(1) + "#bi-clock-history\"/>")
                .contains("src=\"/public/stations/7/thumb?v=1767225600\"", "loading=\"lazy\"");
        // The filters as searched: any amenity, the radius the finder used.
        assertThat(html)
                .contains("<option value=\"\">需要的设施</option><option value=\"WATER\">饮水机</option>")
                .contains("<option value=\"5000\" selected>5 公里内</option>")
                .doesNotContain("<option value=\"WATER\" selected>");
        mvc.perform(get("/public/stations")
                        .param("lat", "41.1105")
                        .param("lng", "122.9905")
                        .param("amenity", "CHARGING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"CHARGING\" selected>")));
        // The navigation links in GCJ-02 for Amap and Tencent, BD-09 for Baidu, riding by default.
        assertThat(html)
                .contains(String.format(
                        Locale.ROOT,
                        "navigation?to=%.6f,%.6f,%%E7%%A6%%8F%%E5%%BA%%B7%%E9%%A9%%BF%%E7%%AB%%99&amp;mode=ride",
                        marker.lng(),
                        marker.lat()))
                .contains(String.format(
                        Locale.ROOT,
                        "type=bike&amp;to=%%E7%%A6%%8F%%E5%%BA%%B7%%E9%%A9%%BF%%E7%%AB%%99" + "&amp;tocoord=%.6f,%.6f",
                        marker.lat(),
                        marker.lng()));
    }
}
