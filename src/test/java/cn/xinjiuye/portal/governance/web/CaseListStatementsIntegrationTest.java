package cn.xinjiuye.portal.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.SqlStatements;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The case list and the overdue list run the same number of SQL statements whatever rows they show: names and
 * lights come with the rows, not one query per row. Each test works in a street of its own (three new communities
 * of 铁东区, {@link CaseStreet}), so it knows every case in scope. Both measurements show a full first page (more cases than the page
 * size of 20), so both include the count query.
 */
@IntegrationTest
class CaseListStatementsIntegrationTest extends PortalIntegrationTest {

    static final String[] STATUSES = {
        "SUBMITTED", "ACCEPTED", "REJECTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED"
    };
    static final String[] RUNNING = {"ACCEPTED", "ASSIGNED", "IN_PROGRESS"};
    static final String[] CATEGORIES = {"SANITATION", "FIRE_SAFETY", "TRAFFIC", "PARKING", "HEATING"};

    long statements(String path, CurrentUser staff, String expected) throws Exception {
        return SqlStatements.during(() -> mvc.perform(get(path).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(expected))));
    }

    @Test
    void theCaseListRunsAsManyStatementsForThirtyMoreCasesOfOtherStatusesAndDepartments() throws Exception {
        CaseStreet street = CaseStreet.create(jdbc);
        CurrentUser staff = street.staff();
        Instant earlier = Instant.now().minus(2, ChronoUnit.DAYS);
        String last = null;
        // 21 cases, one community, no department yet: more than a page.
        for (int i = 0; i < 21; i++) {
            last = street.insert(
                    street.communities().get(0), "SUBMITTED", "OTHER", null, earlier.plusSeconds(i), null, null);
        }
        long before = statements("/cases", staff, last);

        // 30 newer cases (the whole first page now) in three communities, seven statuses and five departments.
        List<Long> departments = street.departments();
        Instant now = Instant.now();
        for (int i = 0; i < 30; i++) {
            String s = STATUSES[i % STATUSES.length];
            boolean assigned = !s.equals("SUBMITTED") && !s.equals("ACCEPTED") && !s.equals("REJECTED");
            last = street.insert(
                    street.communities().get(i % 3),
                    s,
                    CATEGORIES[i % CATEGORIES.length],
                    assigned ? departments.get(i % departments.size()) : null,
                    now.minusSeconds(60 - i),
                    assigned ? LocalDate.of(2026, 3, 2) : null,
                    assigned ? LocalDate.of(2026, 3, 16) : null);
        }
        long after = statements("/cases", staff, last);

        System.out.printf("SQL statements of GET /cases: %d with 21 cases in scope, %d with 51%n", before, after);
        assertThat(after).as("statements of /cases with 30 more cases").isEqualTo(before);
    }

    @Test
    void theOverdueListRunsAsManyStatementsForThirtyMoreOverdueCasesOfOtherDepartments() throws Exception {
        CaseStreet street = CaseStreet.create(jdbc);
        CurrentUser staff = street.staff();
        // Due dates long past (1 June 2026 and before), so the cases are overdue on any day the test runs.
        String first = null;
        for (int i = 0; i < 21; i++) {
            String no = street.insert(
                    street.communities().get(0),
                    "ACCEPTED",
                    "OTHER",
                    null,
                    Instant.now(),
                    LocalDate.of(2026, 5, 18),
                    LocalDate.of(2026, 6, 1));
            first = first == null ? no : first;
        }
        long before = statements("/cases/overdue", staff, first);

        // 30 cases more overdue (due in May 2026: the whole first page now), in three communities and five
        // departments.
        List<Long> departments = street.departments();
        String mostOverdue = null;
        for (int i = 0; i < 30; i++) {
            String s = RUNNING[i % RUNNING.length];
            String no = street.insert(
                    street.communities().get(i % 3),
                    s,
                    CATEGORIES[i % CATEGORIES.length],
                    s.equals("ACCEPTED") ? null : departments.get(i % departments.size()),
                    Instant.now(),
                    LocalDate.of(2026, 4, 20),
                    LocalDate.of(2026, 5, 1).plusDays(i % 20));
            mostOverdue = mostOverdue == null ? no : mostOverdue;
        }
        long after = statements("/cases/overdue", staff, mostOverdue);

        System.out.printf(
                "SQL statements of GET /cases/overdue: %d with 21 overdue cases in scope, %d with 51%n", before, after);
        assertThat(after)
                .as("statements of /cases/overdue with 30 more overdue cases")
                .isEqualTo(before);
    }
}
