package cn.xinjiuye.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.BrowserTest;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, point 11: axe-core (every rule it has, WCAG 2.x A/AA and best practices) on the twelve main pages, in
 * Chinese and in English (the site's ?lang= switch), fails on any serious or critical violation and lists each one
 * with its rule, the element and what to fix. Moderate and minor findings are not counted.
 */
class AccessibilityBrowserTest extends BrowserTest {

    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final String FUKANG = "210302011001";

    @Autowired
    JdbcTemplate jdbc;

    final List<String> violations = new ArrayList<>();
    String lang;

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "en"})
    void theMainPagesHaveNoSeriousOrCriticalViolations(String language) {
        lang = language;
        long station = jdbc.queryForObject(
                "select s.id from station s join region r on r.id = s.region_id "
                        + "where r.code = ? and s.active and s.status = 'OPEN' order by s.id limit 1",
                Long.class,
                FUKANG);
        long caseId = jdbc.queryForObject(
                "select c.id from gov_case c join region r on r.id = c.community_id where r.code = ? "
                        + "order by c.id limit 1",
                Long.class,
                FUKANG);

        // Couriers, not signed in.
        check("public start", "/");
        check("finder", "/public/stations?lat=41.1105&lng=122.9905");
        check("station", "/public/stations/" + station);
        check("report form", "/public/cases/new");
        check("tracking", "/public/cases/track");
        check("sign-in", "/login");

        signInAs("13900000001");
        check("worker's home", "/");

        signInAs("fukang");
        check("case list", "/cases");
        check("case page", "/cases/" + caseId);
        check("stations list", "/stations");

        signInAs("tiedong");
        check("people list", "/people");
        check("dashboard", "/dashboard");

        assertThat(violations)
                .withFailMessage(() -> "serious or critical accessibility violations (" + lang + "):\n"
                        + String.join("\n", violations))
                .isEmpty();
    }

    void signInAs(String username) {
        browser.manage().deleteAllCookies();
        signIn(username, DemoData.PASSWORD);
        waitFor(By.id("logout"));
    }

    /** Opens the page in the test's language and records its serious and critical violations. */
    void check(String page, String path) {
        open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        waitFor(By.tagName("main"));
        Results results = new AxeBuilder().analyze(browser);
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                if (BLOCKING.contains(impact)) {
                    violations.add("- " + page + " (" + path + "): " + rule.getId() + " [" + impact + "] "
                            + rule.getHelp() + "\n    at " + node.getTarget() + "\n    "
                            + String.valueOf(node.getFailureSummary()).replace("\n", "\n    "));
                }
            }
        }
    }
}
