package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.BrowserTest;
import cn.xinjiuye.portal.support.TestValues;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The organization department signs in, reads the home page in Chinese, switches to English and signs out. */
class SignInJourneyBrowserTest extends BrowserTest {

    @Test
    void orgStaffSignsInSwitchesLanguageAndSignsOut() {
        signIn("tiedong", DemoData.PASSWORD);
        assertThat(waitFor(By.id("welcome")).getText()).isEqualTo("您好，铁东区委组织部");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("zh-CN");
        assertThat(browser.getPageSource()).contains("管辖范围：铁东区").contains("区划与网格");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("welcome"), "Hello, 铁东区委组织部"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");
        assertThat(browser.getPageSource()).contains("Scope: 铁东区").contains("Regions &amp; grids");

        // The choice sticks across pages.
        open("/regions");
        assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("Regions & grids");
        assertThat(browser.findElement(By.id("region-table")).getText())
                .contains("福康社区")
                .doesNotContain("黄金社区");

        // Below 1400 px the English bar sits behind its menu button (its words are long).
        browser.findElement(By.cssSelector(".navbar-toggler")).click();
        waitFor(By.id("logout")).click();
        assertThat(waitFor(By.id("logout-done")).getText()).isEqualTo("You have signed out.");
        // Signed out, the start page is the public one, and staff pages ask for a sign-in again.
        open("/");
        assertThat(waitFor(By.id("start-finder")).getAttribute("href")).endsWith("/public/stations");
        open("/regions");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aWrongPasswordShowsOneMessageOnAPhone() {
        phoneSized();
        signIn("tiedong", "not-the-password1");
        assertThat(waitFor(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。");
        // A name of its own: five failures would lock it, also for a later run on the same database.
        signIn(TestValues.name("nobody-"), "not-the-password1");
        assertThat(waitFor(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。");
        // The form fits a phone: no horizontal scrolling.
        Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).isLessThanOrEqualTo(390L);
    }
}
