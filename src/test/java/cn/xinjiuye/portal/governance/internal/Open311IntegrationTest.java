package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Open311 GeoReport v2: discovery, services, POST with an API key, GET filtered and paged, errors. */
@IntegrationTest
public class Open311IntegrationTest extends PortalIntegrationTest {

    static final String KEY = GovernanceDemoData.DEMO_API_KEY;

    long fukang() {
        return jdbc.queryForObject("select id from region where code = '210302011001'", Long.class);
    }

    MockHttpServletRequestBuilder create(String description) {
        return new Open311Calls(mvc, jdbc).create("json", "PARKING", "41.1105", "122.9905", description);
    }

    /** A POST in 福康社区 with these key, service (null: none) and latitude. */
    MockHttpServletRequestBuilder request(String key, String serviceCode, String lat, String description) {
        MockHttpServletRequestBuilder request = Open311Calls.post311("requests.json")
                .param("api_key", key)
                .param("lat", lat)
                .param("long", "122.9")
                .param("description", description)
                .param("attribute[community]", String.valueOf(fukang()));
        return serviceCode == null ? request : request.param("service_code", serviceCode);
    }

    /** The parking requests of a status, in one page. */
    MockHttpServletRequestBuilder parking(String status) {
        return Open311Calls.get311("requests.json")
                .param("service_code", "PARKING")
                .param("status", status)
                .param("page_size", "100");
    }

    @Test
    void discoveryServicesAndDefinitionDescribeTheApi() throws Exception {
        mvc.perform(get("/open311/v2/discovery.json").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endpoints[0].specification").value("http://wiki.open311.org/GeoReport_v2"))
                .andExpect(jsonPath("$.endpoints[0].formats", hasItem("text/xml")))
                .andExpect(jsonPath("$.endpoints[0].formats", hasItem("application/json")));
        mvc.perform(get("/open311/v2/services.json").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_code", hasItem("FIRE_SAFETY")))
                .andExpect(jsonPath("$[*].service_name", hasItem("消防安全")));
        mvc.perform(get("/open311/v2/services/FIRE_SAFETY.json").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attributes[0].code").value("community"))
                .andExpect(jsonPath("$.attributes[0].values[*].name", hasItem("福康社区")));
        mvc.perform(get("/open311/v2/services/NOPE.json").with(anonymous()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$[0].code").value(404));
    }

    @Test
    void aRequestIsPostedWithAKeyWithoutCsrfAndFollowedByItsId() throws Exception {
        String description = TestValues.name("小区门口违停占用消防通道 ");
        String body = mvc.perform(create(description))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = body.replaceAll(".*\"service_request_id\":\"([^\"]+)\".*", "$1");
        assertThat(jdbc.queryForObject(
                        "select source || '/' || status || '/' || filed_by from gov_case where case_no = ?",
                        String.class,
                        id))
                .isEqualTo("OPEN311/SUBMITTED/open311:微信小程序（演示）");
        mvc.perform(get("/open311/v2/requests/{id}.json", id).with(anonymous()).param("api_key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service_request_id").value(id))
                .andExpect(jsonPath("$[0].status").value("open"))
                .andExpect(jsonPath("$[0].service_code").value("PARKING"))
                .andExpect(jsonPath("$[0].long").value(122.9905))
                .andExpect(jsonPath("$[0].phone").doesNotExist());
        // Without a key: the public text and coordinates rounded to 3 decimals.
        mvc.perform(get("/open311/v2/requests/{id}.json", id).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].long").value(122.991))
                .andExpect(jsonPath("$[0].lat").value(41.111));
        mvc.perform(parking("open"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].service_request_id", hasItem(id)));
        mvc.perform(parking("closed")).andExpect(jsonPath("$[*].service_request_id", not(hasItem(id))));
        mvc.perform(get("/open311/v2/requests.json")
                        .with(anonymous())
                        .param("start_date", "2000-01-01T00:00:00Z")
                        .param("end_date", "2000-02-01T00:00:00Z"))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/open311/v2/requests.json")
                        .with(anonymous())
                        .param("page_size", "1")
                        .param("page", "1"))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/open311/v2/requests.json").with(anonymous()).param("start_date", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400));
    }

    @Test
    void aMissingFieldGets400AndABadKey403WithGeoReportErrors() throws Exception {
        String description = TestValues.name("缺字段 ");
        mvc.perform(request(KEY, null, "41.1", description))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].code").value(400))
                .andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.containsString("service_code")));
        mvc.perform(post("/open311/v2/requests.json")
                        .with(anonymous())
                        .param("api_key", KEY)
                        .param("service_code", "PARKING"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$[0].description").value(org.hamcrest.Matchers.containsString("description")));
        mvc.perform(request("wrong-key", "PARKING", "41.1", description))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$[0].code").value(403));
        mvc.perform(post("/open311/v2/requests.json").with(anonymous()).param("service_code", "PARKING"))
                .andExpect(status().isForbidden());
        mvc.perform(request(KEY, "PARKING", "999", description)).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "select count(*) from gov_case where description = ?", Integer.class, description))
                .isZero();
    }
}
