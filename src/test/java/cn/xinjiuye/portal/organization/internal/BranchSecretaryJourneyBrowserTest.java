package cn.xinjiuye.portal.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.BrowserTest;
import cn.xinjiuye.portal.support.TestValues;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A branch secretary on a phone records an online theme Party day with attendance; the mobile member's letter of the
 * running half year then shows that meeting, says it can be sent once the half year ends, and prints without the
 * navigation.
 */
public class BranchSecretaryJourneyBrowserTest extends BrowserTest {

    @Test
    void aSecretaryRecordsAnOnlineThemeDayAndTheFeedbackLetterShowsIt() {
        phoneSized();
        signIn("zhibu", DemoData.PASSWORD);
        // On a phone the to-do panel pushes the cards below the fold: every tap scrolls its target into view first.
        click(waitFor(By.id("task-organizations")));
        click(waitFor(By.linkText(OrganizationDemoData.JOINT_BRANCH)));
        click(waitFor(By.id("tab-meetings")));
        click(waitFor(By.id("meeting-new")));

        String topic = TestValues.name("网上主题党日：学习快递安全规范 ");
        new Select(waitFor(By.id("kind"))).selectByValue("THEME_DAY");
        click(browser.findElement(By.cssSelector(
                "label[for='" + browser.findElement(By.name("online")).getDomAttribute("id") + "']")));
        browser.findElement(By.id("topic")).sendKeys(topic);
        for (WebElement label : browser.findElements(By.cssSelector(".attendance-check label"))) {
            if (label.getText().startsWith("吴磊") || label.getText().startsWith("王建国")) {
                click(label);
            }
        }
        click(browser.findElement(By.id("meeting-save")));

        assertThat(waitFor(By.id("meeting-topic")).getText()).isEqualTo(topic);
        assertThat(browser.findElement(By.id("meeting-kind")).getText()).isEqualTo("主题党日");
        assertThat(browser.findElement(By.id("meeting-form-kind")).getText()).isEqualTo("线上（网会）");
        assertThat(browser.findElement(By.id("attendance")).getText())
                .contains("吴磊 参加")
                .contains("王建国 参加")
                .contains("李明 未参加");

        open("/mobile-members");
        waitFor(By.linkText("吴磊")).click();
        waitFor(By.id("current-letter")).click();
        WebElement letter = waitFor(By.id("feedback-letter"));
        assertThat(letter.getText())
                .contains("关于流动党员吴磊同志")
                .contains("中共朝阳县羊山镇党委：")
                .contains(topic)
                .contains("线上（网会）")
                .contains("特此函告。");

        // The half year is still running: the letter shows what is on file and says when it can go out.
        assertThat(browser.findElements(By.id("feedback-form"))).isEmpty();
        assertThat(browser.findElement(By.id("letter-not-yet")).getText()).contains("结束后可填写评价并发出反馈函");
        assertThat(browser.findElement(By.id("letter-evaluation")).getText()).contains("待支部书记填写");

        // The print stylesheet hides the navigation and the buttons, leaving the letter.
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(browser.findElement(By.cssSelector(".portal-nav")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector("[data-print]")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.id("feedback-letter")).isDisplayed()).isTrue();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
