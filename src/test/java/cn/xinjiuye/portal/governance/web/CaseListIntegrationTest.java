package cn.xinjiuye.portal.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The case list of a street merges its communities' newest cases: every page shows the street's cases newest first,
 * as one sorted list would, with and without a status filter; a list of more than 10,000 cases says "more than"
 * instead of counting them all, and a page number typed beyond the counted rows gets the last counted page.
 */
@IntegrationTest
class CaseListIntegrationTest extends PortalIntegrationTest {

    static final Pattern CASE_NO = Pattern.compile("GZ[SC][0-9-]+");

    String page(CaseStreet street, String query) throws Exception {
        return mvc.perform(get("/cases" + query).with(user(street.staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The case numbers of a page, in the order the rows show them. */
    static List<String> caseNumbers(String html) {
        LinkedHashSet<String> numbers = new LinkedHashSet<>();
        Matcher m = CASE_NO.matcher(html);
        while (m.find()) {
            numbers.add(m.group());
        }
        return new ArrayList<>(numbers);
    }

    @Test
    void everyPageOfAStreetShowsItsCasesNewestFirstAcrossItsCommunities() throws Exception {
        CaseStreet street = CaseStreet.create(jdbc);
        Instant start = Instant.now().minus(3, ChronoUnit.DAYS);
        List<String> newestFirst = new ArrayList<>();
        List<String> inProgressNewestFirst = new ArrayList<>();
        // 50 cases, one a minute, taking turns over the three communities (the second one gets the newest).
        for (int i = 0; i < 50; i++) {
            boolean running = i % 4 == 0;
            String status = running ? "IN_PROGRESS" : "SUBMITTED";
            String no = street.insert(
                    street.communities().get((i + 2) % 3),
                    status,
                    "OTHER",
                    null,
                    start.plusSeconds(60L * i),
                    null,
                    null);
            newestFirst.add(0, no);
            if (running) {
                inProgressNewestFirst.add(0, no);
            }
        }

        assertThat(caseNumbers(page(street, ""))).isEqualTo(newestFirst.subList(0, 20));
        assertThat(caseNumbers(page(street, "?page=1"))).isEqualTo(newestFirst.subList(20, 40));
        String last = page(street, "?page=2");
        assertThat(caseNumbers(last)).isEqualTo(newestFirst.subList(40, 50));
        assertThat(last).contains("共 50 条，第 3/3 页");
        assertThat(caseNumbers(page(street, "?status=IN_PROGRESS"))).isEqualTo(inProgressNewestFirst);
        long community = street.communities().get(1);
        List<String> ofOneCommunity = newestFirst.stream()
                .filter(no -> jdbc.queryForObject("select community_id from gov_case where case_no = ?", Long.class, no)
                        == community)
                .limit(20)
                .toList();
        assertThat(caseNumbers(page(street, "?communityId=" + community))).isEqualTo(ofOneCommunity);
    }

    @Test
    void aListOfMoreThanTenThousandCasesSaysMoreThanAndStopsItsPagerThere() throws Exception {
        CaseStreet street = CaseStreet.create(jdbc);
        String prefix = "GZC" + street.id() + "-";
        jdbc.update(
                "insert into gov_case (case_no, source, category, description, community_id, status, reporter_phone, "
                        + "filed_by, submitted_at, started_on, due_on) "
                        + "select ? || g, 'SNAPSHOT', 'OTHER', '计数上限', ?, case when g <= 3 then 'IN_PROGRESS' "
                        + "else 'CLOSED' end, '13900000000', 'test', now() - make_interval(secs => g), "
                        + "date '2026-03-02', date '2026-03-16' "
                        + "from generate_series(1, 10005) g",
                prefix,
                street.communities().get(0));

        String first = page(street, "");
        assertThat(first).contains("超过 10,000 条，第 1 页");
        assertThat(caseNumbers(first)).hasSize(20).startsWith(prefix + "1", prefix + "2");
        assertThat(page(street, "?status=IN_PROGRESS")).contains("共 3 条，第 1/1 页");

        // 10,000 rows make 500 pages of 20; page 500 (index 499) is the last the pager reaches.
        String beyond = page(street, "?page=2147483647");
        assertThat(beyond).contains("超过 10,000 条，第 500 页");
        assertThat(caseNumbers(beyond)).hasSize(20).startsWith(prefix + "9981");
    }
}
