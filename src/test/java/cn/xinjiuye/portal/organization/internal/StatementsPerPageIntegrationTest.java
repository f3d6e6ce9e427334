package cn.xinjiuye.portal.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.SqlStatements;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The main pages of the feature run a fixed number of SQL statements, however many rows they show: each test measures
 * one request, adds 20 rows to what the page shows (each row with its own branch and enterprise, so that nothing is
 * shared from a cache), and measures again. Rows go to a community of their own (计数社区 in Tiedong).
 */
@IntegrationTest
public class StatementsPerPageIntegrationTest extends PortalIntegrationTest {

    static final int MORE = 20;

    static final LocalDate SIGNED = LocalDate.of(2020, 1, 10);

    long community;
    long committee;

    @BeforeEach
    void scope() {
        region("210302079", "计数街道", "STREET", "210302");
        community = region("210302079001", "计数社区", "COMMUNITY", "210302079");
        committee = organization(TestValues.name("计数党委"), "PARTY_COMMITTEE", null);
    }

    long organization(String name, String type, Long parent) {
        return jdbc.queryForObject(
                "insert into party_organization (name, type, parent_id, region_id, industry) "
                        + "values (?, ?, ?, ?, 'EXPRESS') returning id",
                Long.class,
                name,
                type,
                parent,
                community);
    }

    long enterprise(String name, Long organization) {
        return jdbc.queryForObject(
                "insert into enterprise (name, kind, region_id, industry, worker_count, coverage, organization_id) "
                        + "values (?, 'EXPRESS_OUTLET', ?, 'EXPRESS', 5, ?, ?) returning id",
                Long.class,
                name,
                community,
                organization == null ? "NONE" : "JOINT_BRANCH",
                organization);
    }

    long person(String name, Long branch, Long enterprise, String status) {
        return jdbc.queryForObject(
                "insert into person (name, gender, birth_date, id_cipher, id_blind_index, id_masked, phone, occupation, "
                        + "enterprise_id, region_id, branch_id, political_status, status_since) "
                        + "values (?, 'MALE', '1990-01-01', '\\x00', ?, '210*************01', ?, 'COURIER', ?, ?, ?, ?, "
                        + "'2015-07-01') returning id",
                Long.class,
                name,
                TestValues.name("count-blind-"),
                TestValues.mobile(),
                enterprise,
                community,
                branch,
                status);
    }

    /** A person with a branch and an employer of their own. */
    long worker(String prefix, String status) {
        long branch = organization(TestValues.name(prefix + "支部"), "JOINT_BRANCH", committee);
        long enterprise = enterprise(TestValues.name(prefix + "网点"), branch);
        return person(TestValues.name(prefix), branch, enterprise, status);
    }

    long statements(MockHttpServletRequestBuilder request, String expected) throws Exception {
        return SqlStatements.during(() -> mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(expected))));
    }

    @Test
    @WithUserDetails("tiedong")
    void thePeopleListRunsAsManyStatementsForManyPeopleAsForOne() throws Exception {
        String prefix = TestValues.name("计数人员");
        worker(prefix, "FULL_MEMBER");
        long one = statements(get("/people").param("q", prefix).param("size", "50"), prefix);
        for (int i = 0; i < MORE; i++) {
            worker(prefix, i % 2 == 0 ? "MASSES" : "ACTIVIST");
        }
        long many = statements(get("/people").param("q", prefix).param("size", "50"), prefix);
        assertThat(many).as("statements for 1 and for %d people", MORE + 1).isEqualTo(one);
    }

    @Test
    @WithUserDetails("tiedong")
    void theEnterpriseListRunsAsManyStatementsForManyEnterprisesAsForOne() throws Exception {
        String prefix = TestValues.name("计数企业");
        long first = enterprise(prefix + "-0", organization(TestValues.name("计数企业支部"), "JOINT_BRANCH", committee));
        person(TestValues.name("计数企业员工"), null, first, "FULL_MEMBER");
        long one = statements(get("/enterprises").param("q", prefix).param("size", "50"), prefix);
        for (int i = 1; i <= MORE; i++) {
            Long branch = i % 2 == 0 ? organization(TestValues.name("计数企业支部"), "JOINT_BRANCH", committee) : null;
            long e = enterprise(prefix + "-" + i, branch);
            person(TestValues.name("计数企业员工"), null, e, "FULL_MEMBER");
        }
        long many = statements(get("/enterprises").param("q", prefix).param("size", "50"), prefix);
        assertThat(many).as("statements for 1 and for %d enterprises", MORE + 1).isEqualTo(one);
    }

    @Test
    @WithUserDetails("tiedong")
    void theOrganizationTreeRunsAsManyStatementsForManyOrganizationsAsForOne() throws Exception {
        worker(TestValues.name("计数树"), "FULL_MEMBER");
        long one = statements(get("/organizations"), "计数党委");
        long parent = organization(TestValues.name("计数总支"), "GENERAL_BRANCH", committee);
        for (int i = 0; i < MORE; i++) {
            long branch = organization(TestValues.name("计数树支部"), "BRANCH", parent);
            person(TestValues.name("计数树党员"), branch, null, "FULL_MEMBER");
        }
        long many = statements(get("/organizations"), "计数总支");
        assertThat(many)
                .as("statements before and after %d more organizations", MORE + 1)
                .isEqualTo(one);
    }

    /** Mobile members signed in January 2020 for two years, no letter sent: each is late for 5 half years. */
    @Test
    @WithUserDetails("tiedong")
    void theMobileMembersAndTheirLateListRunAsManyStatementsForManyMembersAsForOne() throws Exception {
        String prefix = TestValues.name("计数流动");
        mobileMember(prefix);
        long one = statements(get("/mobile-members"), prefix);
        for (int i = 0; i < MORE; i++) {
            mobileMember(prefix);
        }
        long many = statements(get("/mobile-members"), prefix);
        assertThat(many)
                .as("statements for 1 and for %d more mobile members", MORE)
                .isEqualTo(one);
    }

    long mobileMember(String prefix) {
        long person = worker(prefix, "FULL_MEMBER");
        long branch = jdbc.queryForObject("select branch_id from person where id = ?", Long.class, person);
        return jdbc.queryForObject(
                "insert into mobile_member (person_id, host_branch_id, home_org_name, home_org_region, "
                        + "home_org_contact, agreement_signed_on, term_months) "
                        + "values (?, ?, '中共某镇党委', '辽宁省', '张书记', ?, 24) returning id",
                Long.class,
                person,
                branch,
                SIGNED);
    }
}
