package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.BrowserTest;
import cn.xinjiuye.portal.support.TestValues;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A courier on a phone files a fire-safety snapshot with a photo and the browser's location; the community secretary
 * accepts and assigns it (the fire brigade is suggested); the fire brigade resolves it; the secretary verifies and
 * closes it; the courier sees it closed on the tracking page and rates it.
 */
class CaseJourneyBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    void signOut() {
        browser.manage().deleteAllCookies();
    }

    void click(String id) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    @Test
    void aCourierReportsAFireHazardAndFollowsItUntilItIsClosedAndRated() throws Exception {
        phoneSized();
        Path photo = Files.createTempFile("hazard", ".png");
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().setColor(Color.ORANGE);
        img.getGraphics().fillRect(0, 0, 64, 48);
        ImageIO.write(img, "png", photo.toFile());

        // The courier (demo worker 13900000001) files a snapshot.
        signIn("13900000001", "demo2026");
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
        browser.executeCdpCommand(
                "Emulation.setGeolocationOverride", Map.of("latitude", 41.1102, "longitude", 122.9903, "accuracy", 15));
        open("/public/cases/new");
        String description = TestValues.name("福康小区 5 号楼楼道堆放电动车电池 ");
        new Select(waitFor(By.id("category"))).selectByValue("FIRE_SAFETY");
        browser.findElement(By.id("description")).sendKeys(description);
        browser.findElement(By.id("photos")).sendKeys(photo.toString());
        click("locate-me");
        wait.until(d -> !d.findElement(By.id("lat")).getDomProperty("value").isEmpty());
        assertThat(browser.findElement(By.id("lat")).getDomProperty("value")).startsWith("41.110");
        // The community is suggested from the location (nearest community with care stations); the courier may change
        // it.
        wait.until(d -> !new Select(d.findElement(By.id("communityId")))
                .getFirstSelectedOption()
                .getDomAttribute("value")
                .isEmpty());
        new Select(browser.findElement(By.id("communityId"))).selectByVisibleText("福康社区");
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        click("report-submit");
        String caseNo = waitFor(By.id("case-no")).getText();
        assertThat(caseNo).startsWith("GZ");
        long id = jdbc.queryForObject("select id from gov_case where case_no = ?", Long.class, caseNo);
        assertThat(jdbc.queryForObject("select count(*) from case_photo where case_id = ?", Integer.class, id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select reporter_account_id is not null from gov_case where id = ?", Boolean.class, id))
                .isTrue();
        signOut();

        // The community secretary accepts and assigns it to the suggested department.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signIn("fukang", "demo2026");
        open("/cases?caseNo=" + caseNo);
        waitFor(By.linkText(caseNo)).click();
        click("accept");
        waitFor(By.id("flash-success"));
        assertThat(new Select(waitFor(By.id("departmentId")))
                        .getFirstSelectedOption()
                        .getText())
                .contains("消防救援大队");
        click("assign");
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已派单"));
        signOut();

        // The fire brigade resolves it.
        signIn("xiaofang", "demo2026");
        open("/cases/" + id);
        waitFor(By.id("resolve-note")).sendKeys("已清理楼道电池，张贴禁止停放告示");
        click("resolve");
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已办结"));
        signOut();

        signIn("fukang", "demo2026");
        open("/cases/" + id);
        click("verify");
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已核实关闭"));
        assertThat(browser.findElement(By.id("timeline")).getText())
                .contains("福康社区书记", "消防救援大队 李勇", "受理", "派单", "办结")
                .doesNotContain("13900000001");
        signOut();

        // The courier, on the phone again and not signed in, tracks and rates it.
        phoneSized();
        open("/public/cases/track");
        waitFor(By.id("caseNo")).sendKeys(caseNo);
        browser.findElement(By.id("phoneTail")).sendKeys("0001");
        click("track-submit");
        assertThat(waitFor(By.id("tracking-status")).getText()).isEqualTo("已核实关闭");
        assertThat(browser.findElement(By.id("tracking")).getText())
                .contains("已清理楼道电池")
                .doesNotContain("13900000001");
        var satisfied = browser.findElement(By.id("rating-SATISFIED"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", satisfied);
        satisfied.click();
        click("rate-submit");
        assertThat(waitFor(By.id("rate-success")).getText()).contains("感谢");
        assertThat(waitFor(By.id("tracking-rating")).getText()).isEqualTo("满意");
        assertThat(jdbc.queryForObject("select rating from gov_case where id = ?", String.class, id))
                .isEqualTo("SATISFIED");
    }
}
