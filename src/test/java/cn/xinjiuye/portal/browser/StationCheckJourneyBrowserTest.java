package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.station.internal.Amenity;
import cn.xinjiuye.portal.station.internal.StationFixtures;
import cn.xinjiuye.portal.support.BrowserTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, point 12 (the check loop): on a phone, a courier finds a station of 福康社区 closed and answers 没开门 on
 * its page; the community's secretary signs in on her phone and finds the task, 驿站问题, in her case list.
 */
class StationCheckJourneyBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    long lastStation;
    long station;
    String name;

    @BeforeEach
    void station() {
        lastStation = StationFixtures.lastStationId(jdbc);
        name = StationFixtures.unique("没开门驿站");
        station = StationFixtures.station(
                jdbc,
                name,
                "210302011001",
                41.1112,
                122.9912,
                StationFixtures.everyDay("00:00-24:00"),
                Amenity.WATER.bit() | Amenity.CHARGING.bit(),
                "OPEN");
    }

    @AfterEach
    void retire() {
        StationFixtures.retireStationsAfter(jdbc, lastStation);
    }

    void tap(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    @Test
    void aCourierMarksAStationClosedAndTheCommunitySecretarySeesTheTask() {
        phoneSized();
        open("/public/stations/" + station);
        assertThat(waitFor(By.id("check-title")).getText()).isEqualTo("这里正常吗？");
        tap("check-closed");
        assertThat(waitFor(By.id("check-thanks")).getText()).contains("已转给驿站所在社区处理");
        assertThat(browser.getCurrentUrl()).contains("/public/stations/" + station);

        // Answering again from the same phone today is refused politely.
        tap("check-location");
        assertThat(waitFor(By.id("check-limited")).getText()).contains("您今天已经回答过这个驿站了");

        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> !jdbc.queryForList("select 1 from station_task_report where station_id = ?", station)
                        .isEmpty());
        String caseNo = jdbc.queryForObject(
                "select c.case_no from gov_case c join station_task_report r on r.case_id = c.id "
                        + "where r.station_id = ?",
                String.class,
                station);

        browser.manage().deleteAllCookies();
        signIn("fukang", DemoData.PASSWORD);
        // On a phone the menu is folded: signed in once the sign-out button exists.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        open("/cases?category=STATION_PROBLEM");
        WebElement link = waitFor(By.linkText(caseNo));
        String row = (String) browser.executeScript("return arguments[0].closest('tr, .card, li').innerText", link);
        assertThat(row).contains("驿站问题");
        link.click();
        assertThat(waitFor(By.tagName("main")).getText()).contains(name).contains("没开门");
    }
}
