package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.BrowserTest;
import cn.xinjiuye.portal.support.CuttableRelay;
import cn.xinjiuye.portal.support.TestValues;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Weak signal on a phone (issue 13, points 5, 6 and 12): a courier opens the report page and the nearby list while
 * online, loses the connection, sees the saved list with its "saved at" note, files a report with a photo that is
 * kept on the phone (待发送), and sees it sent with its case number when the connection returns; one the server
 * refuses when it is sent is shown with the reason and goes back into the form, photo included. A refused form
 * online keeps every field and its photo. The connection is lost by cutting a relay the browser goes through (and
 * DevTools' offline mode, for navigator.onLine). The browser names a new client address for each journey
 * (X-Forwarded-For from 127.0.0.1, trusted here), so the report limits of one address never run out.
 */
@TestPropertySource(properties = "portal.trusted-proxies=127.0.0.1/32")
class OfflineReportBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    Path photo;
    CuttableRelay relay;

    @BeforeEach
    void photoAndAddress() throws Exception {
        relay = new CuttableRelay(port);
        photo = Files.createTempFile("snapshot", ".png");
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().setColor(Color.ORANGE);
        img.getGraphics().fillRect(0, 0, 64, 48);
        ImageIO.write(img, "png", photo.toFile());
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", TestValues.address())));
    }

    @AfterEach
    void closeRelay() throws Exception {
        relay.close();
    }

    /** Through the relay, so that cutting it is losing the signal for the page and its worker alike. */
    @Override
    protected void open(String path) {
        browser.get(relay.base() + path);
    }

    void click(String id) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    void network(boolean online) {
        if (online) {
            relay.restore();
        } else {
            relay.cut();
        }
        browser.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        wait.until(d -> online == (Boolean) browser.executeScript("return navigator.onLine"));
    }

    /** Opens the page until the offline worker controls it (the first visit installs it). */
    void openControlled(String path) {
        open(path);
        wait.until(d -> (Boolean) browser.executeScript("return !!navigator.serviceWorker.controller"));
        open(path);
        waitFor(By.tagName("main"));
    }

    void fill(String category, String description, String phone) {
        new Select(waitFor(By.id("communityId"))).selectByVisibleText("福康社区");
        new Select(browser.findElement(By.id("category"))).selectByValue(category);
        browser.findElement(By.id("photos")).sendKeys(photo.toString());
        browser.findElement(By.id("description")).sendKeys(description);
        browser.findElement(By.id("phone")).sendKeys(phone);
    }

    long photosOf(String caseNo) {
        return jdbc.queryForObject(
                "select count(*) from case_photo p join gov_case c on c.id = p.case_id where c.case_no = ?",
                Long.class,
                caseNo);
    }

    @Test
    void offlineTheCourierSeesTheSavedListAndFilesAReportThatIsSentWhenTheConnectionReturns() {
        phoneSized();
        openControlled("/public/stations?lat=41.1105&lng=122.9905");
        String station = waitFor(By.cssSelector("#station-list a.station-name")).getDomAttribute("href");
        open(station);
        waitFor(By.tagName("h1"));
        openControlled("/public/cases/new");
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        browser.executeCdpCommand(
                "Emulation.setGeolocationOverride", Map.of("latitude", 41.1102, "longitude", 122.9903, "accuracy", 15));

        network(false);
        // The last nearby list, saved, with when it was saved.
        open("/public/stations?lat=41.1105&lng=122.9905");
        assertThat(waitFor(By.id("offline-saved-at")).getText()).startsWith("离线浏览：此页保存于");
        assertThat(browser.findElements(By.cssSelector("#station-list .station-item")))
                .isNotEmpty();
        // A station page opened before, saved too.
        open(station);
        assertThat(waitFor(By.id("offline-saved-at")).getText()).startsWith("离线浏览：此页保存于");

        // The report form, saved too; 使用我的位置 puts the pin on the map.
        open("/public/cases/new");
        waitFor(By.id("offline-saved-at"));
        click("locate-me");
        wait.until(d -> !d.findElement(By.id("lat")).getDomProperty("value").isEmpty());
        assertThat(browser.findElements(By.cssSelector("#case-map path.leaflet-interactive")))
                .hasSize(1);
        String description = TestValues.name("离线上报 楼道堆放电动车电池 ");
        fill("FIRE_SAFETY", description, TestValues.mobile());
        click("report-submit");
        assertThat(waitFor(By.id("report-offline-status")).getText()).contains("保存在本机");
        var queued = waitFor(By.cssSelector("#report-queue .queued-report"));
        assertThat(queued.getText()).contains("消防安全").contains("等待网络").contains("1 张照片");
        assertThat(browser.findElement(By.id("description")).getDomProperty("value"))
                .isEmpty();

        network(true);
        wait.until(
                ExpectedConditions.attributeToBe(By.cssSelector("#report-queue .queued-report"), "data-state", "sent"));
        String caseNo = browser.findElement(By.cssSelector("#report-queue .queued-case-no"))
                .getText();
        assertThat(caseNo).startsWith("GZ");
        assertThat(browser.findElement(By.cssSelector("#report-queue .queued-report"))
                        .getText())
                .contains("已发送，工单号 " + caseNo);
        assertThat(jdbc.queryForObject("select description from gov_case where case_no = ?", String.class, caseNo))
                .isEqualTo(description);
        assertThat(photosOf(caseNo)).isEqualTo(1);
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void anOfflineReportTheServerRefusesIsShownWithTheReasonAndGoesBackIntoTheForm() {
        phoneSized();
        openControlled("/public/cases/new");
        network(false);
        String description = TestValues.name("离线上报 被退回 ");
        browser.findElement(By.id("lat")).sendKeys("41.1101");
        browser.findElement(By.id("lng")).sendKeys("122.9901");
        fill("FIRE_SAFETY", description, "12345");
        click("report-submit");
        waitFor(By.cssSelector("#report-queue .queued-report"));

        network(true);
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector("#report-queue .queued-report"), "data-state", "refused"));
        assertThat(browser.findElement(By.cssSelector("#report-queue .queued-reasons"))
                        .getText())
                .contains("11 位手机号");
        String id = browser.findElement(By.cssSelector("#report-queue .queued-report"))
                .getDomAttribute("id");
        click(id.replace("queued-", "edit-"));
        assertThat(browser.findElement(By.id("description")).getDomProperty("value"))
                .isEqualTo(description);
        assertThat(browser.findElement(By.id("lat")).getDomProperty("value")).isEqualTo("41.1101");
        assertThat((Long) browser.executeScript("return document.getElementById('photos').files.length"))
                .isEqualTo(1L);
        assertThat(browser.findElements(By.cssSelector("#photo-previews img"))).hasSize(1);
        var phone = browser.findElement(By.id("phone"));
        phone.clear();
        phone.sendKeys(TestValues.mobile());
        click("report-submit");
        String caseNo = waitFor(By.id("case-no")).getText();
        assertThat(photosOf(caseNo)).isEqualTo(1);
        assertThat(browser.findElements(By.cssSelector("#report-queue .queued-report")))
                .isEmpty();
    }

    @Test
    void aRefusedFormKeepsEveryFieldAndItsPhotoAndTheConfirmationOpensTrackingFilledIn() {
        phoneSized();
        open("/public/cases/new");
        String description = TestValues.name("未选类别 ");
        String phone = TestValues.mobile();
        new Select(waitFor(By.id("communityId"))).selectByVisibleText("福康社区");
        browser.findElement(By.id("lat")).sendKeys("41.1101");
        browser.findElement(By.id("lng")).sendKeys("122.9901");
        browser.findElement(By.id("photos")).sendKeys(photo.toString());
        browser.findElement(By.id("description")).sendKeys(description);
        browser.findElement(By.id("phone")).sendKeys(phone);
        click("report-submit");

        waitFor(By.id("category-error"));
        assertThat(browser.findElement(By.id("description")).getDomProperty("value"))
                .isEqualTo(description);
        assertThat(browser.findElement(By.id("phone")).getDomProperty("value")).isEqualTo(phone);
        assertThat(browser.findElement(By.id("lat")).getDomProperty("value")).isEqualTo("41.1101");
        assertThat(new Select(browser.findElement(By.id("communityId")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("福康社区");
        var kept = browser.findElement(By.cssSelector("#draft-photos img"));
        assertThat((Boolean) browser.executeScript("return arguments[0].naturalWidth > 0", kept))
                .isTrue();

        new Select(browser.findElement(By.id("category"))).selectByValue("FIRE_SAFETY");
        click("report-submit");
        String caseNo = waitFor(By.id("case-no")).getText();
        assertThat(photosOf(caseNo)).isEqualTo(1);
        waitFor(By.id("copy-case-no"));
        assertThat(browser.findElement(By.id("share-case-no")).isDisplayed()).isTrue();
        click("track-filed");
        assertThat(waitFor(By.id("caseNo")).getDomProperty("value")).isEqualTo(caseNo);
    }
}
