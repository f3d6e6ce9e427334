package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The district prints the dashboard (Chrome's print emulation on an A4 landscape width): a header with region,
 * period and date, the charts as images, every table within the page. The English navigation bar fits every width
 * from 1024 to 1440 px for every role: Sign out visible, the bar on one line or collapsed behind its menu button.
 */
class StaffDesktopBrowserTest extends BrowserTest {

    /** A4 landscape less the 10 mm margins of @page, at 96 px per inch: 277 mm. */
    static final int A4_LANDSCAPE_PRINTABLE = 1047;

    @Test
    @SuppressWarnings("unchecked")
    void theDistrictPrintsTheDashboardWithItsChartsAndWholeTables() {
        signIn("tiedong", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        browser.manage().window().setSize(new Dimension(A4_LANDSCAPE_PRINTABLE, 900));
        open("/dashboard");
        waitFor(By.id("chart-cases-by-month"));
        wait.until(d -> (Boolean) browser.executeScript(
                "const i = document.querySelectorAll('.chart-print'); return i.length > 0 && i.length"
                        + " === document.querySelectorAll('.dashboard-chart').length"
                        + " && [...i].every(img => img.src.startsWith('data:image/png') && img.naturalWidth > 0);"));
        int width = ((Number) browser.executeScript("return document.documentElement.clientWidth")).intValue();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Map<String, Object> paper = (Map<String, Object>) browser.executeScript("""
                const shown = el => el && getComputedStyle(el).display !== 'none';
                const tables = [...document.querySelectorAll('.dashboard-section table')].map(t => ({
                  id: t.id, right: t.getBoundingClientRect().right, scroll: t.scrollWidth, box: t.parentElement.clientWidth}));
                return {header: shown(document.getElementById('print-header')) ? document.getElementById('print-header').innerText : null,
                        nav: shown(document.querySelector('.portal-nav')),
                        liveCharts: [...document.querySelectorAll('.dashboard-chart')].filter(shown).length,
                        images: [...document.querySelectorAll('.chart-print')].filter(i => shown(i) && i.getBoundingClientRect().width > 100).length,
                        charts: document.querySelectorAll('.dashboard-chart').length,
                        tables: tables};""");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        assertThat((String) paper.get("header"))
                .contains("铁东区")
                .contains("统计周期")
                .contains("打印日期");
        assertThat(paper.get("nav")).isEqualTo(false);
        assertThat(paper.get("liveCharts")).isEqualTo(0L);
        assertThat(paper.get("images")).isEqualTo(paper.get("charts"));
        List<Map<String, Object>> tables = (List<Map<String, Object>>) paper.get("tables");
        assertThat(tables).hasSizeGreaterThanOrEqualTo(4);
        for (Map<String, Object> t : tables) {
            assertThat(((Number) t.get("right")).doubleValue())
                    .as(t.get("id") + " right edge")
                    .isLessThanOrEqualTo(width);
            assertThat(((Number) t.get("scroll")).doubleValue())
                    .as(t.get("id") + " width")
                    .isLessThanOrEqualTo(((Number) t.get("box")).doubleValue());
        }
    }

    @Test
    void theDistrictSeesItsCasesOnTheMapClusteredOrAsDensity() {
        signIn("tiedong", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        open("/cases");
        waitFor(By.id("case-map-link")).click();
        wait.until(d -> d.findElement(By.id("cases-map")).getDomAttribute("data-points") != null);
        int points = Integer.parseInt(browser.findElement(By.id("cases-map")).getDomAttribute("data-points"));
        assertThat(points).isPositive();
        assertThat(browser.findElement(By.id("case-map-count")).getText()).contains(String.valueOf(points));
        assertThat(browser.findElements(By.cssSelector(".case-cluster, path.case-marker")))
                .isNotEmpty();
        browser.findElement(By.id("view-density")).click();
        waitFor(By.cssSelector("canvas.leaflet-heatmap-layer"));
        assertThat(browser.findElements(By.cssSelector(".case-cluster"))).isEmpty();
        browser.findElement(By.id("view-markers")).click();
        wait.until(d -> !d.findElements(By.cssSelector(".case-cluster, path.case-marker"))
                .isEmpty());
        assertThat(cspViolations()).isEmpty();
    }

    /**
     * The contrast ratio (WCAG) of an element's text, its transparency blended in, against the first opaque
     * background behind it.
     */
    static final String CONTRAST = """
            const rgb = c => c.match(/[0-9.]+/g).map(Number);
            const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255;
                return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
            let el = arguments[0], bg = 'rgb(255, 255, 255)';
            for (let e = el; e; e = e.parentElement) {
              const b = getComputedStyle(e).backgroundColor, a = rgb(b)[3];
              if (a === undefined || a > 0.9) { bg = b; break; }
            }
            const f = rgb(getComputedStyle(el).color), b = rgb(bg), a = f[3] === undefined ? 1 : f[3];
            const seen = 'rgb(' + [0, 1, 2].map(i => a * f[i] + (1 - a) * b[i]).join(',') + ')';
            const l1 = lum(seen), l2 = lum(bg);
            return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);""";

    @Test
    void theEnterprisesAlertChipsAndTheNavigationReadAtFourAndAHalfToOne() {
        signIn("tiedong", DemoData.PASSWORD);
        waitFor(By.id("welcome"));
        open("/enterprises");
        var chips = browser.findElements(By.cssSelector("#alert-counts a > span:first-child"));
        assertThat(chips).isNotEmpty();
        for (var chip : chips) {
            assertThat(((Number) browser.executeScript(CONTRAST, chip)).doubleValue())
                    .as(chip.getText())
                    .isGreaterThanOrEqualTo(4.5);
        }
        for (var link : browser.findElements(By.cssSelector(".portal-nav .nav-link, .lang-switch a"))) {
            if (link.isDisplayed()) {
                assertThat(((Number) browser.executeScript(CONTRAST, link)).doubleValue())
                        .as(link.getText())
                        .isGreaterThanOrEqualTo(4.5);
            }
        }
    }

    @Test
    void theEnglishNavigationFitsFrom1024To1440ForEveryRole() {
        for (String user : List.of("admin", "tiedong", "fukang", "zhibu")) {
            signIn(user, DemoData.PASSWORD);
            waitFor(By.id("logout"));
            open("/?lang=en");
            for (int width : new int[] {1024, 1280, 1366, 1440}) {
                browser.manage().window().setSize(new Dimension(width, 800));
                @SuppressWarnings("unchecked")
                Map<String, Object> bar = (Map<String, Object>) browser.executeScript("""
                        const nav = document.querySelector('.portal-nav');
                        const toggler = nav.querySelector('.navbar-toggler');
                        const out = document.getElementById('logout');
                        const r = out.getBoundingClientRect();
                        return {collapsed: getComputedStyle(toggler).display !== 'none',
                                height: nav.getBoundingClientRect().height,
                                logoutRight: r.right, logoutShown: r.width > 0 && r.top >= 0 && r.top < nav.getBoundingClientRect().bottom,
                                overflow: document.documentElement.scrollWidth - window.innerWidth,
                                lines: new Set([...nav.querySelectorAll('.navbar-brand, .navbar-nav > .nav-item')]
                                    .filter(i => i.getBoundingClientRect().height > 0)
                                    .map(i => Math.round(i.getBoundingClientRect().top / 20))).size,
                                items: [...nav.querySelectorAll('.navbar-brand, .navbar-nav > .nav-item')]
                                    .map(i => Math.round(i.getBoundingClientRect().width)).join(' '),
                                viewport: window.innerWidth};""");
                String what = user + " at " + width + ": " + bar;
                assertThat(((Number) bar.get("overflow")).longValue()).as(what).isLessThanOrEqualTo(0);
                if (Boolean.TRUE.equals(bar.get("collapsed"))) {
                    browser.findElement(By.cssSelector(".navbar-toggler")).click();
                    wait.until(d -> d.findElement(By.id("logout")).isDisplayed());
                    assertThat(browser.findElement(By.id("logout")).getRect().getX()
                                    + browser.findElement(By.id("logout"))
                                            .getRect()
                                            .getWidth())
                            .as(what)
                            .isLessThanOrEqualTo(((Number) bar.get("viewport")).intValue());
                    open("/?lang=en");
                } else {
                    // One line, Sign out on it and within the window.
                    assertThat(List.of(
                                    number(bar, "height") < 64,
                                    number(bar, "lines") == 1,
                                    Boolean.TRUE.equals(bar.get("logoutShown")),
                                    number(bar, "logoutRight") <= number(bar, "viewport")))
                            .as(what)
                            .containsOnly(true);
                }
            }
            browser.findElement(By.id("logout")).click();
            waitFor(By.id("nav-finder"));
        }
    }

    static double number(Map<String, Object> values, String name) {
        return ((Number) values.get(name)).doubleValue();
    }
}
