package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.support.BrowserTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, point 12: a courier on a 375×812 phone opens {@code /}, goes to the finder, keeps the stations open now
 * with a charger, opens a station's popup on the map (which stays on screen above the list), taps navigate, is asked
 * once how they travel, chooses 骑行 and is sent to Amap's riding route in GCJ-02. The choice is remembered: the next
 * visit asks nothing, and changing it to 步行 switches all three apps' links.
 */
class CourierFinderJourneyBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    void courierAt(double lat, double lng) {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        browser.executeCdpCommand(
                "Emulation.setGeolocationOverride", Map.of("latitude", lat, "longitude", lng, "accuracy", 20));
    }

    /** Where a chosen navigation link would take the phone, without leaving the portal (no network to Amap here). */
    String followed() {
        return (String) browser.executeScript("return window.__followed || null;");
    }

    void recordFollowing() {
        browser.executeScript("window.PortalNav.go = function (href) { window.__followed = href; };");
    }

    @Test
    void aCourierFindsAnOpenStationWithAChargerAndRidesThereWithAmap() {
        courierAt(StationFinderBrowserTest.LAT, StationFinderBrowserTest.LNG);
        open("/");
        waitFor(By.id("start-finder")).click();
        waitFor(By.id("station-list"));

        // Only stations open now with a charger.
        browser.findElement(By.cssSelector("label[for=openNow]")).click();
        new Select(browser.findElement(By.id("amenity"))).selectByValue("CHARGING");
        browser.findElement(By.id("filter-submit")).click();
        wait.until(ExpectedConditions.urlContains("amenity=CHARGING"));
        List<WebElement> items = waitFor(By.id("station-list")).findElements(By.cssSelector(".station-item"));
        assertThat(items).isNotEmpty();
        for (WebElement li : items) {
            assertThat(li.getDomAttribute("data-state")).isIn("OPEN", "CLOSING_SOON");
            assertThat(li.findElement(By.cssSelector(".amenity-icons")).getText())
                    .contains("充电");
        }
        // The icons are drawn from the sprite file (a <use> whose symbol did not load has an empty box), with no
        // refusal by the Content-Security-Policy.
        wait.until(d -> (Boolean) browser.executeScript(
                "var u = document.querySelector('.amenity-icons use'); return u != null && u.getBBox().width > 0;"));
        assertThat(cspViolations()).isEmpty();
        WebElement first = items.get(0);
        String name = first.getDomAttribute("data-name");
        long id = Long.parseLong(first.getDomAttribute("data-id"));

        // Map and list together: the map is on the first screen, and stays there while the list scrolls.
        WebElement map = browser.findElement(By.id("nearby-map"));
        assertThat(map.getRect().getY() + map.getRect().getHeight()).isLessThan(812);
        assertThat(map.getRect().getHeight()).isBetween(250, 400);
        browser.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.getElementById('nearby-map')"
                                        + ".getBoundingClientRect().top"))
                        .doubleValue()
                >= -1);
        assertThat(browser.findElements(By.cssSelector("#map-legend li"))).hasSize(4);

        // The station's marker (drawn in the list's order) opens its popup: name, distance, state, navigate.
        WebElement marker = browser.findElements(By.cssSelector("#nearby-map path.station-marker"))
                .get(0);
        assertThat(marker.getDomAttribute("class")).contains("marker-" + first.getDomAttribute("data-state"));
        // A tap on the marker itself (demo stations may stand close enough for another marker to overlap it).
        browser.executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, view: window}))", marker);
        WebElement popup = waitFor(By.cssSelector("#nearby-map .leaflet-popup-content"));
        // Leaflet pans the map until the whole popup is on it.
        WebElement popupName =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#nearby-map .popup-name")));
        assertThat(popupName.getText()).isEqualTo(name);
        assertThat(popup.getText()).contains(first.getDomAttribute("data-distance"));
        assertThat(popup.getText()).containsAnyOf("营业中", "分钟后关门");

        // The first tap on navigate asks how the courier travels; 骑行 is what riders take.
        recordFollowing();
        popup.findElement(By.cssSelector("a[data-nav=amap]")).click();
        WebElement sheet = waitFor(By.id("nav-mode"));
        assertThat(sheet.getText()).contains("骑行", "步行", "驾车");
        assertThat(followed()).isNull();
        browser.findElement(By.id("nav-mode-RIDE")).click();
        wait.until(d -> followed() != null);
        Map<String, Object> at = jdbc.queryForMap("select lat, lng from station where id = ?", id);
        ChinaCoordinates.LatLng gcj = ChinaCoordinates.wgs84ToGcj02(
                ((Number) at.get("lat")).doubleValue(), ((Number) at.get("lng")).doubleValue());
        assertThat(followed())
                .startsWith("https://uri.amap.com/navigation?to="
                        + String.format(Locale.ROOT, "%.6f,%.6f,", gcj.lng(), gcj.lat()))
                .contains("&mode=ride&");
        assertThat(browser.findElement(By.id("nav-mode")).isDisplayed()).isFalse();

        // Remembered: the next visit asks nothing, and changing the mode switches every app's link.
        browser.navigate().refresh();
        waitFor(By.id("station-list"));
        recordFollowing();
        assertThat(waitFor(By.id("nav-mode-change")).getText()).isEqualTo("骑行");
        WebElement amap = browser.findElement(By.cssSelector("#station-list .station-item a[data-nav=amap]"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'end', behavior: 'instant'})", amap);
        browser.executeScript("arguments[0].addEventListener('click', function (e) { e.preventDefault(); })", amap);
        amap.click();
        assertThat(browser.findElement(By.id("nav-mode")).isDisplayed()).isFalse();

        browser.executeScript("window.scrollTo(0, 0)");
        browser.findElement(By.id("nav-mode-change")).click();
        waitFor(By.id("nav-mode-WALK")).click();
        WebElement item = browser.findElement(By.cssSelector("#station-list .station-item"));
        assertThat(item.findElement(By.cssSelector("a[data-nav=amap]")).getDomAttribute("href"))
                .contains("&mode=walk&");
        assertThat(item.findElement(By.cssSelector("a[data-nav=baidu]")).getDomAttribute("href"))
                .contains("&mode=walking&")
                .contains("coord_type=bd09ll");
        assertThat(item.findElement(By.cssSelector("a[data-nav=tencent]")).getDomAttribute("href"))
                .contains("type=walk&")
                .contains(String.format(Locale.ROOT, "tocoord=%.6f,%.6f", gcj.lat(), gcj.lng()));
        assertThat(followed()).isNull();
        assertThat(cspViolations()).isEmpty();

        // The station's own page uses the same remembered mode.
        open("/public/stations/" + id);
        assertThat(waitFor(By.id("nav-amap")).getDomAttribute("href")).contains("&mode=walk&");
        assertThat(browser.findElement(By.id("nav-tencent")).getDomAttribute("href"))
                .contains("type=walk&");
    }
}
