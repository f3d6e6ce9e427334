package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.station.internal.StationFixtures;
import cn.xinjiuye.portal.support.BrowserTest;
import cn.xinjiuye.portal.support.TestValues;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What scripts put into a staff page goes in as text, and nothing they do is refused by the Content-Security-Policy:
 * a station named like markup shows that name on the staff station page's map, and hovering every dashboard chart
 * (ECharts tooltips) leaves no CSP refusal in the browser console. The public maps: StationFinderBrowserTest.
 */
class PageTextBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStationNamedLikeMarkupShowsItsNameAsTextOnTheStaffStationPage() throws Exception {
        // Far from the demo stations (other journeys count those), and removed afterwards.
        String name = "x\"><img src=x onerror=alert(1)>" + TestValues.next();
        long id = StationFixtures.station(
                jdbc, name, "210302011002", 30.5, 114.3, StationFixtures.everyDay("24h"), 0, "OPEN");
        try {
            signIn("tiedong", DemoData.PASSWORD);
            waitFor(By.id("welcome"));
            open("/stations/" + id);
            WebElement map = waitFor(By.id("station-map"));
            hover(map.findElement(By.cssSelector("path.leaflet-interactive")), 0, 0);
            WebElement tooltip = waitFor(By.cssSelector("#station-map .leaflet-tooltip"));
            assertThat(tooltip.getText()).isEqualTo(name);
            assertThat(tooltip.findElements(By.tagName("img"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("main img[src='x']")))
                    .isEmpty();
            // The station's monthly chart shows its tooltip without an inline style.
            hoverAcross(waitFor(By.id("service-chart")));
            assertThat(cspViolations()).isEmpty();
        } finally {
            jdbc.update("delete from station where id = ?", id);
        }
    }

    @Test
    void everyDashboardChartShowsItsTooltipsWithoutACspRefusal() throws Exception {
        signIn("tiedong", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        open("/dashboard");
        waitFor(By.id("chart-cases-by-month"));
        List<WebElement> charts = browser.findElements(By.cssSelector("#dashboard-charts .dashboard-chart"));
        assertThat(charts).hasSizeGreaterThan(3);
        for (WebElement chart : charts) {
            hoverAcross(chart);
        }
        assertThat(cspViolations()).isEmpty();
    }

    /** Hovers the chart at a few points across its plot, where ECharts opens its axis or item tooltip. */
    private void hoverAcross(WebElement chart) throws InterruptedException {
        int w = chart.getSize().getWidth();
        for (int dx : new int[] {-w / 4, 0, w / 4}) {
            hover(chart, dx, 0);
            Thread.sleep(300);
        }
    }
}
