package cn.xinjiuye.portal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.Sheets;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The dashboard against records made for it: a street of its own under 铁东区 with two communities, so the expected
 * figures are known exactly whatever else the shared database holds.
 */
@IntegrationTest
public class DashboardIntegrationTest extends PortalIntegrationTest {

    long street;
    long communityA;
    long communityB;

    @BeforeEach
    void data() {
        street = region("210302077", "看板街道", "STREET", "210302");
        communityA = region("210302077001", "看板甲社区", "COMMUNITY", "210302077");
        communityB = region("210302077002", "看板乙社区", "COMMUNITY", "210302077");
        if (jdbc.queryForObject("select count(*) from aid_package where code like 'KJ2103020770%'", Integer.class)
                > 0) {
            return;
        }
        for (int i = 1; i <= 3; i++) {
            jdbc.update(
                    "insert into aid_package (code, community_id, household_head, household_size, address, difficulty, needs) "
                            + "values (?, ?, '某', 1, '某处', 'OTHER', '需要')",
                    "KJ210302077001-000" + i,
                    communityA);
        }
        jdbc.update(
                "insert into aid_package (code, community_id, household_head, household_size, address, difficulty, needs, "
                        + "status, claimant_kind, claimant_name) values ('KJ210302077002-0001', ?, '某', 1, '某处', 'OTHER', '需要', "
                        + "'CLAIMED', 'BRANCH', '某支部')",
                communityB);
        jdbc.update(
                "insert into aid_help (package_id, helped_on, what, value_yuan, given_by) select id, ?, '米', 120.5, '某支部' "
                        + "from aid_package where code = 'KJ210302077002-0001'",
                LocalDate.of(2026, 3, 10));
        jdbc.update(
                "insert into aid_help (package_id, helped_on, what, value_yuan, given_by) select id, ?, '油', 80, '某支部' "
                        + "from aid_package where code = 'KJ210302077002-0001'",
                LocalDate.of(2025, 12, 31));
        String hours = "08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,closed,24h";
        long s1 = jdbc.queryForObject(
                "insert into station (name, host_type, address, lat, lng, region_id, opening_hours, "
                        + "last_inspected_on, last_inspection_passed) values ('看板驿站一', 'SHOP', '某路', 41.1, 122.9, ?, ?, ?, true) "
                        + "returning id",
                Long.class,
                communityA,
                hours,
                // compliant: passed, and within the inspection interval of today
                LocalDate.now(TestClock.INSTANCE).minusDays(40));
        jdbc.update(
                "insert into station (name, host_type, address, lat, lng, region_id, opening_hours, status, suspend_reason) "
                        + "values ('看板驿站二', 'SHOP', '某路', 41.1, 122.9, ?, ?, 'SUSPENDED', '装修')",
                communityA,
                hours);
        jdbc.update(
                "insert into station_service (station_id, served_on, kind, count, recorded_by) values "
                        + "(?, ?, 'MEAL', 7, 't'), (?, ?, 'WATER', 3, 't'), (?, ?, 'REST', 100, 't')",
                s1,
                LocalDate.of(2026, 2, 1),
                s1,
                LocalDate.of(2026, 4, 1),
                s1,
                LocalDate.of(2025, 4, 1));
        // Couriers' answers to 这里正常吗? (issue 13): two in 2026, one in 2025.
        for (String answered : List.of("OK 2026-03-01", "CLOSED 2026-03-02", "OK 2025-11-01")) {
            String[] a = answered.split(" ");
            jdbc.update(
                    "insert into station_check (station_id, answer, device_id, answered_on) values (?, ?, 'd', ?)",
                    s1,
                    a[0],
                    LocalDate.parse(a[1]));
        }
        long branch = jdbc.queryForObject(
                "insert into party_organization (name, type, region_id, industry) "
                        + "values ('看板联合党支部', 'JOINT_BRANCH', ?, 'EXPRESS') returning id",
                Long.class,
                communityB);
        jdbc.update(
                "insert into enterprise (name, kind, region_id, industry, worker_count, coverage, organization_id, "
                        + "instructor_name, instructor_sent_on) values ('看板快递网点', 'EXPRESS_OUTLET', ?, 'EXPRESS', 12, 'JOINT_BRANCH', ?, "
                        + "'指导员甲', ?)",
                communityB,
                branch,
                LocalDate.of(2026, 1, 2));
        long outlet = jdbc.queryForObject("select id from enterprise where name = '看板快递网点'", Long.class);
        String[] statuses = {"FULL_MEMBER", "PROBATIONARY", "ACTIVIST", "MASSES"};
        for (int i = 0; i < statuses.length; i++) {
            jdbc.update(
                    "insert into person (name, gender, birth_date, id_cipher, id_blind_index, id_masked, occupation, "
                            + "enterprise_id, region_id, branch_id, political_status) values (?, 'MALE', '1990-01-01', '\\x00', ?, "
                            + "'210***********01', 'COURIER', ?, ?, ?, ?)",
                    "看板人员" + i,
                    "kanban-blind-" + i,
                    outlet,
                    communityB,
                    i < 2 ? branch : null,
                    statuses[i]);
        }
        long mobile = jdbc.queryForObject(
                "insert into mobile_member (person_id, host_branch_id, home_org_name, home_org_region, "
                        + "home_org_contact, agreement_signed_on, term_months) select id, ?, '原籍党组织', '某地', '联系人', "
                        + "date '2025-09-01', 24 from person where name = '看板人员0' returning id",
                Long.class,
                branch);
        // The first half of 2026 answered in time; the second half of 2025 late (in 2026).
        jdbc.update(
                "insert into feedback_letter (mobile_member_id, year, half, evaluation, sent_on) values "
                        + "(?, 2026, 1, '良好', date '2026-07-10'), (?, 2025, 2, '良好', date '2026-03-15')",
                mobile,
                mobile);
        jdbc.update(
                "insert into party_meeting (branch_id, kind, online, held_on, topic) values (?, 'THEME_DAY', true, ?, '主题党日')",
                branch,
                LocalDate.of(2026, 5, 1));
        jdbc.update(
                "insert into reception_session (community_id, held_on, venue, official, visitors, recorded_by) "
                        + "values (?, date '2026-05-01', '周五会客厅', '区领导', 6, 'test')",
                communityB);
        Object[][] cases = {
            {"KB-T-0001", communityA, "HAZARD", "RESOLVED", "2026-03-01", "2026-03-05", "2026-03-10"},
            {"KB-T-0002", communityA, "SNAPSHOT", "CLOSED", "2026-04-01", "2026-04-20", "2026-04-08"},
            {"KB-T-0003", communityB, "RECEPTION", "ASSIGNED", "2026-05-01", null, "2026-05-08"},
            {"KB-T-0004", communityB, "HAZARD", "REJECTED", "2026-06-01", null, null},
            {"KB-T-0005", communityB, "HAZARD", "CLOSED", "2025-12-01", "2026-01-02", "2026-01-10"}
        };
        for (Object[] c : cases) {
            jdbc.update(
                    "insert into gov_case (case_no, source, category, description, community_id, status, filed_by, "
                            + "submitted_at, resolved_at, due_on) values (?, ?, 'FIRE_SAFETY', '看板案件', ?, ?, 'test', "
                            + "(cast(? as date) + time '10:00') at time zone 'Asia/Shanghai', "
                            + "(cast(? as date) + time '10:00') at time zone 'Asia/Shanghai', cast(? as date))",
                    c[0],
                    c[2],
                    c[1],
                    c[3],
                    c[4],
                    c[5],
                    c[6]);
        }
        // A station task still open, filed before either period (so it is found in neither).
        jdbc.update(
                "insert into gov_case (case_no, source, category, description, community_id, status, filed_by, "
                        + "submitted_at) values ('KB-T-0006', 'STATION_CHECK', 'STATION_PROBLEM', '看板驿站没开门', ?, "
                        + "'SUBMITTED', 'system', timestamptz '2025-06-01 10:00+08')",
                communityA);
        long team = jdbc.queryForObject(
                "insert into volunteer_team (name, region_id, leader) values ('看板服务队', ?, '队长') " + "returning id",
                Long.class,
                communityA);
        jdbc.update(
                "insert into volunteer_activity (team_id, kind, held_on, title, participants, hours, people_served, goods_value) "
                        + "values (?, 'ANTI_FRAUD', ?, '宣传', 5, 12.5, 40, 0), (?, 'OTHER', ?, '去年', 5, 7, 1, 0)",
                team,
                LocalDate.of(2026, 2, 3),
                team,
                LocalDate.of(2025, 6, 1));
    }

    /** The cells of a table row on the page, by the region key the row carries. */
    static List<String> cells(String html, String table, String rowKey) {
        Matcher t = Pattern.compile("id=\"table-" + table + "\".*?</table>", Pattern.DOTALL)
                .matcher(html);
        assertThat(t.find()).isTrue();
        Matcher r = Pattern.compile("data-region=\"" + rowKey + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(t.group());
        assertThat(r.find()).as("row " + rowKey).isTrue();
        List<String> cells = new ArrayList<>();
        Matcher c = Pattern.compile("<td[^>]*>\\s*(?:<[^>]+>)?([^<]*)", Pattern.DOTALL)
                .matcher(r.group(1));
        while (c.find()) {
            cells.add(c.group(1).trim());
        }
        return cells;
    }

    /** The page (the dashboard or its charts) of the test's street for a period. */
    String ofTheStreet(String path, String period) throws Exception {
        return mvc.perform(get(path).param("region", String.valueOf(street)).param("period", period))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    @WithUserDetails("tiedong")
    void figuresByCommunityAndTotalComeFromTheRecords() throws Exception {
        String html = ofTheStreet("/dashboard", "2026");
        // packages, claimed, help value (2026 only), activities, hours, served, goods, recognitions
        assertThat(cells(html, "care", String.valueOf(communityA)))
                .containsExactly("看板甲社区", "3", "0", "0", "1", "12.50", "40", "0", "0");
        assertThat(cells(html, "care", String.valueOf(communityB)))
                .containsExactly("看板乙社区", "1", "1", "120.50", "0", "0", "0", "0", "0");
        assertThat(cells(html, "care", "total"))
                .containsExactly("合计", "4", "1", "120.50", "1", "12.50", "40", "0", "0");

        // branches, joint, members, with a branch, workers covered (the covered outlet's 12), in cultivation, new
        // members, instructors, seeds,
        // unbuilt, agreements, letters, letters on time, returned, meetings
        assertThat(cells(html, "organizations", String.valueOf(communityB)))
                .containsExactly("看板乙社区", "1", "1", "2", "2", "12", "1", "0", "1", "0", "0", "1", "2", "1", "0", "1");
        // found, solved, on time, on-time rate, concern-list items, reception visitors, green channel, overdue now,
        // open station tasks
        assertThat(cells(html, "cases", String.valueOf(communityA)))
                .containsExactly("看板甲社区", "2", "2", "1", "50", "0", "0", "0", "0", "1");
        assertThat(cells(html, "cases", String.valueOf(communityB)))
                .containsExactly("看板乙社区", "1", "1", "1", "100", "1", "6", "0", "1", "0");
        assertThat(cells(html, "cases", "total"))
                .containsExactly("合计", "3", "3", "2", "66.70", "1", "6", "0", "1", "1");
        // stations, open, compliant, services in the period, couriers' checks in the period
        assertThat(cells(html, "stations", String.valueOf(communityA)))
                .containsExactly("看板甲社区", "2", "1", "1", "10", "2");
        assertThat(cells(html, "stations", "total")).containsExactly("合计", "2", "1", "1", "10", "2");

        String lastYear = ofTheStreet("/dashboard", "2025-Q4");
        assertThat(cells(lastYear, "care", "total")).containsExactly("合计", "4", "1", "80", "0", "0", "0", "0", "0");
        assertThat(cells(lastYear, "stations", "total")).containsExactly("合计", "2", "1", "1", "0", "1");
        assertThat(cells(lastYear, "cases", "total"))
                .containsExactly("合计", "1", "0", "0", "0", "0", "0", "0", "1", "1");
    }

    @Test
    @WithUserDetails("tiedong")
    void chartsCountFoundAndSolvedCasesByMonth() throws Exception {
        // The chart runs up to the current month in Beijing, as Period.lastChartMonth() has it.
        LocalDate today = TestDates.today();
        int months = today.getYear() == 2026 ? today.getMonthValue() : 12;
        String json = ofTheStreet("/dashboard/charts", "2026");
        String found = monthly(months, java.util.Map.of(3, 1, 4, 1, 5, 1));
        String solved = monthly(months, java.util.Map.of(1, 1, 3, 1, 4, 1));
        assertThat(json)
                .contains("\"id\":\"cases-by-month\"")
                .contains("{\"name\":\"发现问题\",\"values\":" + found + "}")
                .contains("{\"name\":\"解决问题\",\"values\":" + solved + "}")
                .contains("\"id\":\"station-services\"")
                .contains("\"id\":\"volunteer-hours\"");
    }

    /** "[0,0,1,…]": one value per month from January, the given months set. */
    static String monthly(int months, java.util.Map<Integer, Integer> values) {
        java.util.List<String> cells = new ArrayList<>();
        for (int m = 1; m <= months; m++) {
            cells.add(String.valueOf(values.getOrDefault(m, 0)));
        }
        return "[" + String.join(",", cells) + "]";
    }

    @Test
    @WithUserDetails("tiedong")
    void theExportHoldsTheSameNumbersAsThePage() throws Exception {
        try (XSSFWorkbook wb = Sheets.download(
                mvc,
                get("/dashboard/export")
                        .param("region", String.valueOf(street))
                        .param("period", "2026")
                        .param("section", "care"))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(f.formatCellValue(header.getCell(0))).isEqualTo("区划");
            assertThat(f.formatCellValue(header.getCell(1))).isEqualTo("困难家庭数据包");
            Row total = sheet.getRow(sheet.getLastRowNum());
            assertThat(f.formatCellValue(total.getCell(0))).isEqualTo("合计");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(4);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(120.5);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(12.5);
        }
    }

    @Test
    @WithUserDetails("tiedong")
    void anEmptySelectionExportsHeadersOnly() throws Exception {
        long empty = region("210302077009", "空社区", "COMMUNITY", "210302077");
        try (XSSFWorkbook wb = Sheets.download(
                mvc,
                get("/dashboard/export").param("region", String.valueOf(empty)).param("section", "care"))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("区划");
        }
    }

    @Test
    @WithUserDetails("tiedong")
    void aPeriodOutOfRangeGetsAMessageAndTheCurrentYear() throws Exception {
        String nextMonth = YearMonth.from(TestDates.today()).plusMonths(1).toString();
        String html = mvc.perform(get("/dashboard").param("period", nextMonth))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("id=\"period-error\"").contains("统计周期无效或超出范围");
    }

    @Test
    @WithUserDetails("shannan")
    void aStreetsStaffCannotOpenAnotherStreetsDashboard() throws Exception {
        mvc.perform(get("/dashboard").param("region", String.valueOf(street))).andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/export")
                        .param("region", String.valueOf(street))
                        .param("section", "care"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("zhibu")
    void branchSecretariesHaveNoDashboard() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().isForbidden());
    }
}
