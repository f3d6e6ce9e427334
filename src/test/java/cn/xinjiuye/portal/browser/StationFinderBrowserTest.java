package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.internal.StationFixtures;
import cn.xinjiuye.portal.support.BrowserTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A courier near 福康社区 on a phone: the browser gives the location, the nearest demo stations appear nearest first,
 * "open now" filters them, and the Amap links of a station carry the right coordinates. When the location is
 * refused, choosing the community gives the same stations. Secretaries log a service with one tap. A station's name
 * is shown on the maps as text, whatever characters it holds.
 */
class StationFinderBrowserTest extends BrowserTest {

    static final double LAT = 41.1105;
    static final double LNG = 122.9905;

    @Autowired
    JdbcTemplate jdbc;

    void locateAt(double lat, double lng) {
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        browser.executeCdpCommand(
                "Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lng, "accuracy", 20));
    }

    /** Great-circle metres by the haversine formula, computed here independently of the database. */
    static double metres(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLng / 2), 2);
        return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
    }

    List<String> listedNames() {
        List<String> names = new ArrayList<>();
        for (WebElement li : browser.findElements(By.cssSelector("#station-list .station-item"))) {
            names.add(li.getDomAttribute("data-name"));
        }
        return names;
    }

    double distanceOf(String name) {
        Map<String, Object> row = jdbc.queryForMap("select lat, lng from station where name = ? and active", name);
        return metres(LAT, LNG, ((Number) row.get("lat")).doubleValue(), ((Number) row.get("lng")).doubleValue());
    }

    /** Whether the breakfast stop is open now, by the clock the portal uses (Beijing time). */
    static boolean breakfastTime() {
        LocalTime now = LocalTime.now(TestClock.INSTANCE);
        return !now.isBefore(LocalTime.of(6, 0)) && now.isBefore(LocalTime.of(8, 0));
    }

    @Test
    void aCourierFindsTheNearestOpenStationsAndNavigatesWithAmap() {
        phoneSized();
        locateAt(LAT, LNG);
        open("/public/stations");
        waitFor(By.id("station-list"));
        assertThat(browser.getCurrentUrl()).contains("lat=41.110500").contains("lng=122.990500");

        List<String> names = listedNames();
        assertThat(names).startsWith("福康社区党群服务中心爱心驿站", "顺丰山南营业部暖心驿站", "福康早餐驿站", "福康小区物业爱心驿站");
        assertThat(names).doesNotContain("福康社区卫生服务站驿站", "黄金社区党群服务中心爱心驿站");
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingDouble(this::distanceOf));
        assertThat(names).isEqualTo(sorted);
        assertThat(browser.findElement(By.cssSelector("#station-list .station-distance"))
                        .getText())
                .isEqualTo("98 米");

        // Only what is open now (Beijing time); the 24-hour outlet always is, the breakfast stop only 06:00-08:00.
        browser.findElement(By.cssSelector("label[for=openNow]")).click();
        boolean breakfastBefore = breakfastTime();
        browser.findElement(By.id("filter-submit")).click();
        wait.until(ExpectedConditions.urlContains("openNow=true"));
        waitFor(By.id("nearby-count"));
        boolean breakfastAfter = breakfastTime();
        List<String> open = listedNames();
        assertThat(open).contains("顺丰山南营业部暖心驿站").isSubsetOf(names);
        assertThat(browser.findElements(By.cssSelector("#station-list .station-item[data-open=false]")))
                .isEmpty();
        if (breakfastBefore == breakfastAfter) { // else 06:00 or 08:00 struck while the page was made
            assertThat(open.contains("福康早餐驿站")).isEqualTo(breakfastBefore);
        }
        assertThat(open.size()).isLessThan(names.size());

        // The station page: Amap's marker link in WGS-84 with coordinate=wgs84, its route link in GCJ-02.
        browser.findElement(By.linkText("顺丰山南营业部暖心驿站")).click();
        String marker = waitFor(By.id("nav-amap-marker")).getDomAttribute("href");
        assertThat(marker).contains("position=122.994100,41.108900").contains("coordinate=wgs84");
        ChinaCoordinates.LatLng gcj = ChinaCoordinates.wgs84ToGcj02(41.1089, 122.9941);
        String route = browser.findElement(By.id("nav-amap")).getDomAttribute("href");
        assertThat(route)
                .contains(String.format(Locale.ROOT, "to=%.6f,%.6f,", gcj.lng(), gcj.lat()))
                .doesNotContain("wgs84");
        assertThat(browser.findElement(By.id("call")).getDomAttribute("href")).isEqualTo("tel:13904121002");
    }

    @Test
    void whenTheLocationIsRefusedTheCourierChoosesTheCommunity() {
        phoneSized();
        browser.executeCdpCommand(
                "Browser.setPermission", Map.of("permission", Map.of("name", "geolocation"), "setting", "denied"));
        open("/public/stations");
        assertThat(waitFor(By.id("denied")).getText()).contains("无法获取您的位置");
        new Select(browser.findElement(By.id("area"))).selectByVisibleText("山南街道 · 福康社区");
        browser.findElement(By.cssSelector("#area-form button")).click();
        waitFor(By.id("station-list"));
        assertThat(listedNames()).contains("福康社区党群服务中心爱心驿站", "福康早餐驿站");
        assertThat(browser.findElement(By.id("nearby-origin")).getText()).contains("福康社区");

        // Or a tap on the map where the courier is.
        open("/public/stations");
        WebElement map = waitFor(By.id("tap-map"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", map);
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(map, 10, 10)
                .click()
                .perform();
        wait.until(ExpectedConditions.urlContains("lat="));
        assertThat(waitFor(By.id("results")).getText()).isNotEmpty();
        assertThat(browser.getCurrentUrl()).doesNotContain("coords=GCJ02");
    }

    @Test
    void aSecretaryLogsAServiceWithOneTap() {
        phoneSized();
        signIn("fukang", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        long id = jdbc.queryForObject("select id from station where name = '福康社区党群服务中心爱心驿站'", Long.class);
        open("/stations/" + id);
        int before = Integer.parseInt(waitFor(By.id("served-MEAL")).getText());
        WebElement meal = browser.findElement(By.id("serve-MEAL"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", meal);
        meal.click();
        wait.until(ExpectedConditions.textToBe(By.id("served-MEAL"), String.valueOf(before + 1)));
        // The confirmation opens where the finger is, with 撤销 (the page does not reload: see StaffPhoneBrowserTest).
        assertThat(waitFor(By.cssSelector(".tap-confirm")).getText()).contains("已记录", "撤销");
        // The monthly chart is drawn (ECharts under the Content-Security-Policy).
        wait.until(d -> !d.findElements(By.cssSelector("#service-chart canvas")).isEmpty());

        // Editing: a tap on the map picks the location into the coordinate fields.
        open("/stations/" + id + "/edit");
        WebElement map = waitFor(By.id("pick-map"));
        String latBefore = browser.findElement(By.id("lat")).getDomProperty("value");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", map);
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(map, 40, 30)
                .click()
                .perform();
        wait.until(d -> !d.findElement(By.id("lat")).getDomProperty("value").equals(latBefore));
        double lat = Double.parseDouble(browser.findElement(By.id("lat")).getDomProperty("value"));
        assertThat(lat).isBetween(41.0, 41.2);
        assertThat(browser.findElement(By.id("coordSystem")).getDomProperty("value"))
                .isEqualTo("WGS84");
    }

    @Test
    void aStationNamedLikeMarkupShowsThatNameAsTextOnTheMaps() {
        // Far from the demo stations (other journeys count those), and removed afterwards.
        String name = "<img src=x onerror=alert(1)>" + TestValues.next();
        long id = StationFixtures.station(
                jdbc, name, "210302011002", 30.5, 114.3, StationFixtures.everyDay("24h"), 0, "OPEN");
        try {
            open("/public/stations?lat=30.500000&lng=114.300000");
            waitFor(By.id("station-list"));
            assertThat(listedNames()).containsExactly(name);
            WebElement map = browser.findElement(By.id("nearby-map"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", map);
            new Actions(browser)
                    .moveToElement(map.findElement(By.cssSelector("path.station-marker")))
                    .click()
                    .perform();
            WebElement popup = waitFor(By.cssSelector("#nearby-map .leaflet-popup-content"));
            assertThat(popup.findElement(By.tagName("a")).getText()).isEqualTo(name);
            assertThat(popup.findElements(By.tagName("img"))).isEmpty();

            // The station's own page names it on hover.
            open("/public/stations/" + id);
            WebElement own = waitFor(By.id("station-map"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", own);
            new Actions(browser)
                    .moveToElement(own.findElement(By.cssSelector("path.leaflet-interactive")))
                    .perform();
            WebElement tooltip = waitFor(By.cssSelector("#station-map .leaflet-tooltip"));
            assertThat(tooltip.getText()).isEqualTo(name);
            assertThat(tooltip.findElements(By.tagName("img"))).isEmpty();
        } finally {
            jdbc.update("delete from station where id = ?", id);
        }
    }
}
