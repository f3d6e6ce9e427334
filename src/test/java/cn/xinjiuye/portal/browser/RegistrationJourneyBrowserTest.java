package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.sms.internal.SmsSender;
import cn.xinjiuye.portal.support.BrowserTest;
import cn.xinjiuye.portal.support.TestValues;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A courier registers on a phone; the code goes out by SMS (the demo's log provider), which an administrator reads on
 * /admin/sms with the number masked; the courier types the code on the verify page and signs in.
 */
class RegistrationJourneyBrowserTest extends BrowserTest {

    static final Pattern CODE = Pattern.compile("验证码(\\d{6})");

    @Autowired
    SmsSender sender;

    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    @Test
    void aCourierRegistersConfirmsTheCodeFromTheSmsAndSignsIn() {
        phoneSized();
        String phone = TestValues.mobile();
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);

        // The courier registers.
        open("/login");
        click(By.linkText("快递小哥、骑手、司机注册"));
        waitFor(By.id("phone")).sendKeys(phone);
        browser.findElement(By.id("displayName")).sendKeys("王快递");
        new Select(browser.findElement(By.id("occupation"))).selectByValue("COURIER");
        browser.findElement(By.id("password")).sendKeys("kuaidi2026");
        browser.findElement(By.id("confirmPassword")).sendKeys("kuaidi2026");
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(waitFor(By.id("code-sent-to")).getText()).contains(masked).doesNotContain(phone);
        String verifyPage = browser.getCurrentUrl();
        assertThat(verifyPage).contains("/register/verify?token=");
        // Not yet an account.
        browser.manage().deleteAllCookies();
        signIn(phone, "kuaidi2026");
        assertThat(waitFor(By.id("login-error")).getText()).isEqualTo("用户名或密码错误。");

        // The sender delivers it (the demo's log provider only records it); the administrator reads it.
        sender.sendDue();
        signIn("admin", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        open("/admin/sms?phone=" + phone);
        WebElement row = waitFor(By.cssSelector("#sms-table tr.sms-row[data-kind='register-code']"));
        assertThat(row.findElement(By.className("sms-phone")).getText()).isEqualTo(masked);
        assertThat(row.findElement(By.className("sms-state")).getText()).isEqualTo("已发送");
        assertThat(browser.findElement(By.id("sms-table")).getText()).doesNotContain(phone);
        Matcher code = CODE.matcher(row.findElement(By.className("sms-text")).getText());
        assertThat(code.find()).isTrue();
        browser.manage().deleteAllCookies();

        // A wrong code first, then the right one.
        browser.get(verifyPage);
        waitFor(By.id("code")).sendKeys(code.group(1).equals("000000") ? "000001" : "000000");
        click(By.id("verify-submit"));
        assertThat(waitFor(By.id("code-error")).getText()).isEqualTo("验证码不正确，还可尝试 4 次");
        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys(code.group(1));
        click(By.id("verify-submit"));
        assertThat(waitFor(By.id("flash-success")).getText()).isEqualTo("注册成功，请用手机号登录。");

        signIn(phone, "kuaidi2026");
        assertThat(waitFor(By.id("welcome")).getText()).contains("王快递");
        Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).isLessThanOrEqualTo(390L);
    }
}
