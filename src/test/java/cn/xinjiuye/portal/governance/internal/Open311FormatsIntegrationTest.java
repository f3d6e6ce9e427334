package cn.xinjiuye.portal.governance.internal;

import static cn.xinjiuye.portal.governance.internal.Open311Calls.KEY;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.body;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.get311;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.ids;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.post311;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;

/**
 * Both formats on every endpoint, held to GeoReport's rules; errors in the format asked; comma lists, date rules
 * and jurisdiction_id.
 */
@IntegrationTest
class Open311FormatsIntegrationTest extends PortalIntegrationTest {

    static final String XML = "text/xml;charset=utf-8";
    static final String JSON = "application/json;charset=utf-8";

    @Autowired
    ApiKeyAdmin admin;

    Open311Calls calls;

    @BeforeEach
    void calls() {
        calls = new Open311Calls(mvc, jdbc);
    }

    String xml(MockHttpServletRequestBuilder call, int status) throws Exception {
        return body(mvc.perform(call)
                .andExpect(status().is(status))
                .andExpect(header().string("Content-Type", XML))
                .andReturn());
    }

    String json(MockHttpServletRequestBuilder call, int status) throws Exception {
        return body(mvc.perform(call)
                .andExpect(status().is(status))
                .andExpect(header().string("Content-Type", JSON))
                .andReturn());
    }

    @Test
    void everyEndpointAnswersXmlAndJsonUnderTheSpecsNames() throws Exception {
        String description = TestValues.name("两种格式 ");
        Document created = GeoReportRules.xml(xml(calls.create("xml", description), 200), "service_requests");
        String id = GeoReportRules.text(created, "service_request_id");
        assertThat(id).startsWith("GZ");

        Document discovery = GeoReportRules.xml(xml(get311("discovery.xml"), 200), "discovery");
        assertThat(discovery.getElementsByTagName("format").getLength()).isEqualTo(2);
        assertThat(GeoReportRules.json(json(get311("discovery.json"), 200))
                        .get("endpoints")
                        .get(0)
                        .get("formats")
                        .toString())
                .contains("text/xml", "application/json");
        GeoReportRules.xml(xml(get311("services.xml"), 200), "services");
        GeoReportRules.services(json(get311("services.json"), 200));
        Document definition = GeoReportRules.xml(xml(get311("services/FIRE_SAFETY.xml"), 200), "service_definition");
        assertThat(GeoReportRules.text(definition, "datatype")).isEqualTo("singlevaluelist");
        GeoReportRules.definition(json(get311("services/FIRE_SAFETY.json"), 200));

        Document one = GeoReportRules.xml(xml(get311("requests/" + id + ".xml"), 200), "service_requests");
        assertThat(GeoReportRules.text(one, "status")).isEqualTo("open");
        assertThat(GeoReportRules.text(one, "expected_datetime")).matches(GeoReportRules.ISO);
        GeoReportRules.requests(json(get311("requests/" + id + ".json"), 200));
        GeoReportRules.xml(xml(get311("requests.xml").param("service_code", "FIRE_SAFETY"), 200), "service_requests");
        assertThat(ids(json(get311("requests.json").param("service_request_id", id), 200)))
                .containsExactly(id);
        String since = "2000-01-01T00:00:00+08:00";
        GeoReportRules.xml(
                xml(
                        get311("servicerequestupdates.xml")
                                .param("start_date", since)
                                .param("end_date", "2000-02-01"),
                        200),
                "service_request_updates");
        GeoReportRules.updates(json(
                get311("servicerequestupdates.json").param("start_date", since).param("end_date", "2000-02-01"), 200));
    }

    @Test
    void errorsComeInTheFormatAskedForEveryKindOfError() throws Exception {
        GeoReportRules.xml(xml(get311("services/NOPE.xml"), 404), "errors");
        GeoReportRules.errors(json(get311("services/NOPE.json"), 404), 404);
        Document unknown = GeoReportRules.xml(xml(get311("nothing-here.xml"), 404), "errors");
        assertThat(GeoReportRules.text(unknown, "code")).isEqualTo("404");
        GeoReportRules.errors(json(get311("requests/GZ0000.json"), 404), 404);
        GeoReportRules.xml(xml(get311("requests.xml").param("start_date", "yesterday"), 400), "errors");
        GeoReportRules.errors(json(post311("requests.json").param("api_key", "wrong"), 403), 403);
        Document missing = GeoReportRules.xml(
                xml(post311("requests.xml").param("api_key", KEY).param("service_code", "TRAFFIC"), 400), "errors");
        assertThat(GeoReportRules.text(missing, "description"))
                .contains("description", "attribute[community]", "address_string");
        GeoReportRules.errors(
                json(
                        post311("requests.json")
                                .param("api_key", KEY)
                                .param("service_code", "NOPE")
                                .param("description", "x")
                                .param("lat", "41.1")
                                .param("long", "122.9")
                                .param("attribute[community]", String.valueOf(calls.fukang())),
                        404),
                404);
    }

    @Test
    void commaListsDatesAndPagesFollowTheSpec() throws Exception {
        String a = calls.file(TestValues.name("逗号一 "));
        String b = calls.file(TestValues.name("逗号二 "));
        assertThat(ids(json(get311("requests.json").param("service_request_id", a + "," + b), 200)))
                .containsExactlyInAnyOrder(a, b);
        assertThat(ids(json(
                        get311("requests.json")
                                .param("service_code", "TRAFFIC,FIRE_SAFETY")
                                .param("status", "open,closed"),
                        200)))
                .contains(a, b);
        assertThat(ids(json(get311("requests.json").param("service_code", "TRAFFIC"), 200)))
                .doesNotContain(a, b);
        assertThat(ids(json(get311("requests.json").param("page_size", "1").param("page", "2"), 200)))
                .hasSize(1);
        for (List<String> range : List.of(
                List.of("2026-01-01T00:00:00+08:00", "2025-12-01T00:00:00+08:00"),
                List.of("2026-01-01T00:00:00+08:00", "2026-06-01T00:00:00+08:00"),
                List.of("2026-13-01", "2026-12-31"))) {
            GeoReportRules.errors(
                    json(
                            get311("requests.json")
                                    .param("start_date", range.get(0))
                                    .param("end_date", range.get(1)),
                            400),
                    400);
        }
        GeoReportRules.errors(json(get311("requests.json").param("status", "pending"), 400), 400);
        GeoReportRules.errors(json(get311("servicerequestupdates.json").param("start_date", "2026-01-01"), 400), 400);
    }

    @Test
    void jurisdictionIsTheDistrictCodeRequiredWhenAKeyCoversSeveral() throws Exception {
        String other = calls.otherDistrict();
        json(get311("services.json").param("jurisdiction_id", Open311Calls.TIEDONG), 200);
        GeoReportRules.errors(json(get311("services.json").param("jurisdiction_id", "999999"), 404), 404);
        GeoReportRules.errors(
                json(get311("requests.json").param("api_key", KEY).param("jurisdiction_id", other), 403), 403);
        String both = admin.issue(
                        TestValues.name("两区 "),
                        List.of(calls.regionId(Open311Calls.TIEDONG), calls.regionId(other)),
                        null,
                        100)
                .secret();
        Document required = GeoReportRules.xml(xml(get311("requests.xml").param("api_key", both), 400), "errors");
        assertThat(GeoReportRules.text(required, "description")).contains("jurisdiction_id");
        json(get311("requests.json").param("api_key", both).param("jurisdiction_id", other), 200);
        // The definition's communities are the district's.
        assertThat(json(get311("services/OTHER.json").param("jurisdiction_id", other), 200))
                .contains("开放测试社区")
                .doesNotContain("福康社区");
    }
}
