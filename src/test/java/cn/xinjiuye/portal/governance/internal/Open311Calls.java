package cn.xinjiuye.portal.governance.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.xinjiuye.portal.support.TestRegions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Calls of an Open311 client in tests: the demo keys, the demo community, a request posted, a body read. */
final class Open311Calls {

    static final String KEY = GovernanceDemoData.DEMO_API_KEY;
    static final String DEPARTMENT_KEY = GovernanceDemoData.DEMO_DEPARTMENT_KEY;
    static final String TIEDONG = "210302";

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    Open311Calls(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    long fukang() {
        return jdbc.queryForObject("select id from region where code = '210302011001'", Long.class);
    }

    /** A second district of the test's own (beside 铁东区, under its city) with one community; its code. */
    String otherDistrict() {
        String city = jdbc.queryForObject(
                "select p.code from region r join region p on p.id = r.parent_id where r.code = ?",
                String.class,
                TIEDONG);
        TestRegions.ensure(jdbc, city + "98", "开放测试区", "DISTRICT", city);
        TestRegions.ensure(jdbc, city + "98001", "开放测试街道", "STREET", city + "98");
        TestRegions.ensure(jdbc, city + "98001001", "开放测试社区", "COMMUNITY", city + "98001");
        return city + "98";
    }

    long regionId(String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    static MockHttpServletRequestBuilder get311(String path) {
        return get("/open311/v2/" + path).with(anonymous());
    }

    static MockHttpServletRequestBuilder post311(String path) {
        return post("/open311/v2/" + path).with(anonymous());
    }

    /** A complete POST requests in the format, with the demo key, in 福康社区. */
    MockHttpServletRequestBuilder create(String format, String description) {
        return create(format, "FIRE_SAFETY", "41.11057", "122.99049", description);
    }

    /** A complete POST requests of a service at a spot in 福康社区, with the demo key. */
    MockHttpServletRequestBuilder create(
            String format, String serviceCode, String lat, String lng, String description) {
        return post311("requests." + format)
                .param("api_key", KEY)
                .param("service_code", serviceCode)
                .param("lat", lat)
                .param("long", lng)
                .param("description", description)
                .param("attribute[community]", String.valueOf(fukang()))
                .param("first_name", "明")
                .param("last_name", "王")
                .param("phone", "13712345678");
    }

    /** Posts a JSON request and returns its service_request_id. */
    String file(String description) throws Exception {
        String body = body(mvc.perform(create("json", description)).andReturn());
        return GeoReportRules.json(body).get(0).get("service_request_id").asString();
    }

    long caseId(String caseNo) {
        return jdbc.queryForObject("select id from gov_case where case_no = ?", Long.class, caseNo);
    }

    static String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The service_request_ids of a JSON list. */
    static List<String> ids(String body) {
        return GeoReportRules.requests(body)
                .valueStream()
                .map(r -> r.get("service_request_id").asString())
                .toList();
    }
}
