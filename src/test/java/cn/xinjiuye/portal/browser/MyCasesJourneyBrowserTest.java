package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.BrowserTest;
import cn.xinjiuye.portal.support.TestValues;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A courier files a report signed in, ticking the SMS consent; the community secretary assigns it; the fire brigade
 * learns of it from the unread count and its inbox, opens the case from the notice and resolves it; the SMS to the
 * courier is in the log (/admin/sms, the number masked) with the tracking link; the courier finds the case in 我的上报
 * with its status and public steps, without typing a number.
 */
class MyCasesJourneyBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    void click(String id) {
        var element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    int unread() {
        var badges = browser.findElements(By.id("nav-unread"));
        return badges.isEmpty() ? 0 : Integer.parseInt(badges.get(0).getText().replace("+", ""));
    }

    @Test
    void theDepartmentHearsOfTheCaseAndTheCourierFindsItResolvedInMyReports() {
        // The courier (demo worker 13900000001) files a report on the phone.
        phoneSized();
        signIn("13900000001", "demo2026");
        waitFor(By.id("welcome"));
        open("/public/cases/new");
        String description = TestValues.name("福康小区东门消防通道被占 ");
        new Select(waitFor(By.id("category"))).selectByValue("FIRE_SAFETY");
        browser.findElement(By.id("description")).sendKeys(description);
        new Select(browser.findElement(By.id("communityId"))).selectByVisibleText("福康社区");
        click("smsConsent1");
        click("report-submit");
        String caseNo = waitFor(By.id("case-no")).getText();
        long id = jdbc.queryForObject("select id from gov_case where case_no = ?", Long.class, caseNo);
        browser.manage().deleteAllCookies();

        // The community secretary accepts it and assigns it to the fire brigade.
        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn("fukang", "demo2026");
        waitFor(By.id("welcome"));
        open("/cases/" + id);
        click("accept");
        waitFor(By.id("flash-success"));
        click("assign");
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已派单"));
        browser.manage().deleteAllCookies();

        // The fire brigade sees the unread count, opens the notice and resolves the case.
        signIn("xiaofang", "demo2026");
        waitFor(By.id("welcome"));
        int before = unread();
        assertThat(before).isPositive();
        click("nav-inbox");
        var notice = waitFor(By.partialLinkText(caseNo));
        assertThat(notice.getText()).isEqualTo("工单 " + caseNo + " 已派给本部门办理");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", notice);
        notice.click();
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/cases/" + id));
        if (before < 100) {
            assertThat(unread()).isEqualTo(before - 1);
        }
        waitFor(By.id("resolve-note")).sendKeys("已清理消防通道，物业承诺每日巡查");
        click("resolve");
        wait.until(ExpectedConditions.textToBe(By.id("case-status"), "已办结"));
        browser.manage().deleteAllCookies();

        // The message telling the courier is in the log, as an administrator sees it.
        signIn("admin", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        open("/admin/sms?phone=13900000001");
        waitFor(By.id("sms-table"));
        var resolved = browser.findElements(By.cssSelector("#sms-table tr.sms-row[data-kind='case-resolved']")).stream()
                .filter(row -> row.getText().contains(caseNo))
                .toList();
        assertThat(resolved).hasSize(1);
        assertThat(resolved.get(0).findElement(By.className("sms-phone")).getText())
                .isEqualTo("139****0001");
        assertThat(resolved.get(0).findElement(By.className("sms-text")).getText())
                .contains("/public/cases/track?caseNo=" + caseNo, "评价", "回T退订");
        browser.manage().deleteAllCookies();

        // The courier, on the phone, opens 我的上报 from the start page.
        phoneSized();
        signIn("13900000001", "demo2026");
        click("task-my-cases");
        var mine = waitFor(By.id("my-case-" + caseNo));
        assertThat(browser.findElement(By.id("tracking-status-" + caseNo)).getText())
                .isEqualTo("已办结");
        assertThat(mine.getText()).contains("已清理消防通道", "消防救援大队").doesNotContain("xiaofang");
        assertThat(browser.findElement(By.id("public-steps-" + caseNo)).getText())
                .contains("受理", "派单", "办结");
        assertThat((Boolean) browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
    }
}
