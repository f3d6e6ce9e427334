package cn.xinjiuye.portal.governance.internal;

import static cn.xinjiuye.portal.governance.internal.Open311Calls.DEPARTMENT_KEY;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.KEY;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.body;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.get311;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.post311;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A FixMyStreet-style client in XML, as FixMyStreet's Open311 module talks: discovery → services → definition → POST →
 * GET → updates since a date; the portal's staff dispatch the case, and the fire brigade's own system pushes its
 * progress with the department's key through the same workflow rules.
 */
@IntegrationTest
class Open311ContractTest extends PortalIntegrationTest {

    @Autowired
    Clock clock;

    Document xml(MockHttpServletRequestBuilder call, int status, String root) throws Exception {
        return GeoReportRules.xml(
                body(mvc.perform(call).andExpect(status().is(status)).andReturn()), root);
    }

    void staff(String caseNo, String action, String as, String param, String value) throws Exception {
        long id = new Open311Calls(mvc, jdbc).caseId(caseNo);
        mvc.perform(post("/cases/{id}/" + action, id)
                        .with(csrf())
                        .with(user(users.loadUserByUsername(as)))
                        .param(
                                "version",
                                String.valueOf(jdbc.queryForObject(
                                        "select version from gov_case where id = ?", Long.class, id)))
                        .param(param, value))
                .andExpect(status().is3xxRedirection());
    }

    /** FixMyStreet reads updates as external status codes in order, per request. */
    List<String> updatesOf(String caseNo, String since, String until) throws Exception {
        Document doc = xml(
                get311("servicerequestupdates.xml")
                        .param("jurisdiction_id", Open311Calls.TIEDONG)
                        .param("api_key", KEY)
                        .param("start_date", since)
                        .param("end_date", until),
                200,
                "service_request_updates");
        List<String> codes = new ArrayList<>();
        NodeList updates = doc.getElementsByTagName("request_update");
        for (int i = 0; i < updates.getLength(); i++) {
            Element u = (Element) updates.item(i);
            if (u.getElementsByTagName("service_request_id")
                    .item(0)
                    .getTextContent()
                    .equals(caseNo)) {
                codes.add(u.getElementsByTagName("external_status_code").item(0).getTextContent());
            }
        }
        return codes;
    }

    MockHttpServletRequestBuilder push(String key, String caseNo, String status, String description) {
        return post311("servicerequestupdates.xml")
                .param("jurisdiction_id", Open311Calls.TIEDONG)
                .param("api_key", key)
                .param("service_request_id", caseNo)
                .param("status", status)
                .param("description", description)
                .param("updated_datetime", OffsetDateTime.now(clock).toString());
    }

    @Test
    void aFixMyStreetClientFilesFollowsAndADepartmentsSystemPushesProgress() throws Exception {
        String since = OffsetDateTime.now(clock).minus(Duration.ofMinutes(5)).toString();
        Document discovery = xml(get311("discovery.xml"), 200, "discovery");
        assertThat(GeoReportRules.text(discovery, "url")).endsWith("/open311/v2/");
        Document services = xml(get311("services.xml").param("jurisdiction_id", "210302"), 200, "services");
        assertThat(GeoReportRules.text(services, "service_code")).isNotBlank();
        Document definition =
                xml(get311("services/FIRE_SAFETY.xml").param("jurisdiction_id", "210302"), 200, "service_definition");
        NodeList values = definition.getElementsByTagName("value");
        String community = null;
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            if (v.getElementsByTagName("name").item(0).getTextContent().equals("福康社区")) {
                community = v.getElementsByTagName("key").item(0).getTextContent();
            }
        }
        assertThat(community).isNotNull();

        Document created = xml(
                post311("requests.xml")
                        .param("jurisdiction_id", "210302")
                        .param("api_key", KEY)
                        .param("service_code", "FIRE_SAFETY")
                        .param("lat", "41.1102")
                        .param("long", "122.9903")
                        .param("email", "resident@example.org")
                        .param("description", TestValues.name("title: 楼道堆放杂物\n\nSubmitted via FixMyStreet "))
                        .param("first_name", "Li")
                        .param("last_name", "Lei")
                        .param("attribute[community]", community),
                200,
                "service_requests");
        String caseNo = GeoReportRules.text(created, "service_request_id");
        Document read = xml(get311("requests.xml").param("service_request_id", caseNo), 200, "service_requests");
        assertThat(GeoReportRules.text(read, "status")).isEqualTo("open");

        staff(caseNo, "accept", "fukang", "green", "false");
        String xiaofang = String.valueOf(jdbc.queryForObject(
                "select department_id from department_account da join account a on a.id = da.account_id"
                        + " where a.username = 'xiaofang'",
                Long.class));
        staff(caseNo, "assign", "fukang", "departmentId", xiaofang);
        String until = OffsetDateTime.now(clock).plus(Duration.ofMinutes(5)).toString();
        assertThat(updatesOf(caseNo, since, until)).containsExactly("SUBMITTED", "ACCEPTED", "ASSIGNED");

        // A reading client may not push; the department's system may, step by step.
        xml(push(KEY, caseNo, "IN_PROGRESS", "已到现场"), 403, "errors");
        Document pushed = xml(push(DEPARTMENT_KEY, caseNo, "IN_PROGRESS", "已到现场"), 200, "service_request_updates");
        assertThat(GeoReportRules.text(pushed, "update_id")).matches("\\d+");
        Document illegal = xml(push(DEPARTMENT_KEY, caseNo, "ACCEPTED", "再次签收"), 400, "errors");
        assertThat(GeoReportRules.text(illegal, "description")).contains("IN_PROGRESS", "ASSIGNED");
        xml(push(DEPARTMENT_KEY, caseNo, "RESOLVED", ""), 400, "errors");
        xml(push(DEPARTMENT_KEY, caseNo, "FIXED", "杂物已清理"), 200, "service_request_updates");
        until = OffsetDateTime.now(clock).plus(Duration.ofMinutes(5)).toString();
        assertThat(updatesOf(caseNo, since, until))
                .containsExactly("SUBMITTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED");
        assertThat(jdbc.queryForObject(
                        "select actor from case_event where case_id = ? and action = 'RESOLVE'",
                        String.class,
                        new Open311Calls(mvc, jdbc).caseId(caseNo)))
                .isEqualTo("open311:消防救援大队系统（演示）");
        // Resolved is still open until the dispatcher verifies it.
        read = xml(
                get311("requests.xml").param("service_request_id", caseNo).param("api_key", KEY),
                200,
                "service_requests");
        assertThat(GeoReportRules.text(read, "status")).isEqualTo("open");
        assertThat(GeoReportRules.text(read, "status_notes")).contains("杂物已清理");
    }
}
