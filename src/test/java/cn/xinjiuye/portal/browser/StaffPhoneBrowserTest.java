package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Staff on a phone: the community secretary reads the case, station, people and aid-package lists as cards, every
 * target at least 44 px, and records a one-tap service whose confirmation opens beside the button, with 撤销.
 */
class StaffPhoneBrowserTest extends BrowserTest {

    /** Visible links, buttons and fields of the page (navigation included) smaller than 44 x 44 px. */
    static final String SMALL_TARGETS = """
            const small = [];
            document.querySelectorAll('a[href], button, input:not([type=hidden]), select, summary').forEach(el => {
              const r = el.getBoundingClientRect();
              const s = getComputedStyle(el);
              if (r.width === 0 || r.height === 0 || s.visibility === 'hidden') return;
              if (el.closest('.leaflet-container')) return;
              if (r.width < 44 || r.height < 44) small.push((el.id || el.textContent.trim()).substring(0, 30)
                  + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
            });
            return small;""";

    /** How a list's rows are laid out: display of the first row, of the header, the page's sideways overflow. */
    static final String LAYOUT = """
            const table = document.querySelector(arguments[0]);
            const row = table.querySelector('tbody tr');
            const status = row.querySelector('td[data-label]');
            return {row: getComputedStyle(row).display,
                    headHeight: table.querySelector('thead').getBoundingClientRect().height,
                    overflow: document.documentElement.scrollWidth - window.innerWidth,
                    label: getComputedStyle(status, '::before').content};""";

    @SuppressWarnings("unchecked")
    void listIsCards(String path, String table) {
        open(path);
        waitFor(By.cssSelector(table + " tbody tr"));
        Map<String, Object> layout = (Map<String, Object>) browser.executeScript(LAYOUT, table);
        assertThat(layout.get("row")).as(path + " rows").isEqualTo("block");
        assertThat(((Number) layout.get("headHeight")).doubleValue())
                .as(path + " header")
                .isLessThanOrEqualTo(1);
        assertThat(((Number) layout.get("overflow")).longValue())
                .as(path + " sideways")
                .isLessThanOrEqualTo(0);
        assertThat((String) layout.get("label")).as(path + " labels").isNotIn("none", "normal", "");
        assertThat((List<String>) browser.executeScript(SMALL_TARGETS))
                .as(path + " targets")
                .isEmpty();
    }

    @Test
    void theSecretaryReadsListsAsCardsAndUndoesAOneTapService() {
        phoneSized();
        signIn("fukang", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        listIsCards("/cases", "#case-table");
        // A case's card says its status and its due date by name.
        String card =
                browser.findElement(By.cssSelector("#case-table tbody tr")).getText();
        assertThat(card).contains("福康社区");
        listIsCards("/stations", "#station-table");
        listIsCards("/people", "#people-table");
        listIsCards("/care/packages", "#package-table");
        listIsCards("/mobile-members", "#mobile-table");

        open("/stations");
        waitFor(By.cssSelector("#station-table tbody tr td.card-title a")).click();
        WebElement button = waitFor(By.id("serve-WATER"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'end', behavior: 'instant'})", button);
        long before = Long.parseLong(browser.findElement(By.id("served-WATER")).getText());
        long scrolled = ((Number) browser.executeScript("return window.scrollY")).longValue();
        button.click();
        WebElement confirmation = waitFor(By.cssSelector("#serve-WATER + .tap-confirm, form.one-tap .tap-confirm"));
        wait.until(d -> d.findElement(By.id("served-WATER")).getText().equals(String.valueOf(before + 1)));
        // Beside the finger: the page did not move, the confirmation is in view just under the button.
        assertThat(((Number) browser.executeScript("return window.scrollY")).longValue())
                .isEqualTo(scrolled);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.executeScript("""
                const b = arguments[0].getBoundingClientRect(), c = arguments[1].getBoundingClientRect();
                return {gap: c.top - b.bottom, top: c.top, bottom: c.bottom, height: window.innerHeight};""", button, confirmation);
        assertThat(at.get("gap").doubleValue()).isBetween(-1.0, 24.0);
        assertThat(at.get("top").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(confirmation.getText()).contains("已记录").contains("撤销");

        WebElement undo = confirmation.findElement(By.cssSelector(".tap-undo"));
        assertThat(undo.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        undo.click();
        wait.until(d -> confirmation.getText().contains("已撤销"));
        assertThat(browser.findElement(By.id("served-WATER")).getText()).isEqualTo(String.valueOf(before));
        browser.navigate().refresh();
        assertThat(waitFor(By.id("served-WATER")).getText()).isEqualTo(String.valueOf(before));
        assertThat(cspViolations()).isEmpty();
    }
}
