package cn.xinjiuye.portal.governance.internal;

import static cn.xinjiuye.portal.governance.internal.Open311Calls.KEY;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.body;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.get311;
import static cn.xinjiuye.portal.governance.internal.Open311Calls.post311;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Reads that protect residents: without a key only public cases, with their public text, rounded coordinates and no
 * reporter data; the moderation step on the case page; what a client sends besides the text (address, media_url,
 * photos).
 */
@IntegrationTest
class Open311PrivacyIntegrationTest extends PortalIntegrationTest {

    @Autowired
    java.time.Clock clock;

    Open311Calls calls;

    @BeforeEach
    void calls() {
        calls = new Open311Calls(mvc, jdbc);
    }

    JsonNode one(String id, String key, int status) throws Exception {
        MockHttpServletRequestBuilder call = get311("requests/" + id + ".json");
        if (key != null) {
            call.param("api_key", key);
        }
        String body = body(mvc.perform(call).andExpect(status().is(status)).andReturn());
        return status == 200 ? GeoReportRules.requests(body).get(0) : null;
    }

    MockHttpServletRequestBuilder publish(String caseNo, String as, boolean visible, String text) {
        long id = calls.caseId(caseNo);
        return post("/cases/{id}/publication", id)
                .with(csrf())
                .with(user(users.loadUserByUsername(as)))
                .param(
                        "version",
                        String.valueOf(
                                jdbc.queryForObject("select version from gov_case where id = ?", Long.class, id)))
                .param("publicVisible", String.valueOf(visible))
                .param("publicText", text);
    }

    @Test
    void withoutAKeyAPublicCaseShowsItsPublicTextRoundedAndNoReporter() throws Exception {
        String id = calls.file(TestValues.name("消防通道堵塞 "));
        JsonNode open = one(id, null, 200);
        assertThat(open.get("lat").asDouble()).isEqualTo(41.111);
        assertThat(open.get("long").asDouble()).isEqualTo(122.990);
        assertThat(open.get("address").asString()).isEqualTo("福康社区");
        assertThat(open.toString()).doesNotContain("13712345678").doesNotContain("王明");
        JsonNode keyed = one(id, KEY, 200);
        assertThat(keyed.get("lat").asDouble()).isEqualTo(41.11057);
        assertThat(keyed.toString()).doesNotContain("13712345678").doesNotContain("王明");
    }

    @Test
    void aTextWithAPhoneNumberAndAConcernListItemStartNotPublic() throws Exception {
        String id = calls.file(TestValues.name("楼道堆物，联系电话0412-5551234 "));
        one(id, null, 404);
        one(id, KEY, 200);
        assertThat(ids("requests.json", null)).doesNotContain(id);
        assertThat(updates(null)).doesNotContain(id);
        assertThat(updates(KEY)).contains(id);
        assertThat(PublicText.hasPhone("请打13812345678")).isTrue();
        assertThat(PublicText.hasPhone("编号 GZ20261201000123")).isFalse();
        GovCase concern =
                new GovCase("X", CaseSource.RECEPTION, CaseCategory.OTHER, "唠家常", null, null, null, null, false, "t");
        assertThat(concern.isPublicVisible()).isFalse();
    }

    /** The service_request_ids of the updates of the last hour and the next. */
    java.util.List<String> updates(String key) throws Exception {
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        MockHttpServletRequestBuilder call = get311("servicerequestupdates.json")
                .param("start_date", now.minusHours(1).toString())
                .param("end_date", now.plusHours(1).toString());
        if (key != null) {
            call.param("api_key", key);
        }
        return GeoReportRules.updates(
                        body(mvc.perform(call).andExpect(status().isOk()).andReturn()))
                .valueStream()
                .map(u -> u.get("service_request_id").asString())
                .toList();
    }

    java.util.List<String> ids(String path, String key) throws Exception {
        MockHttpServletRequestBuilder call = get311(path).param("page_size", "1000");
        if (key != null) {
            call.param("api_key", key);
        }
        return Open311Calls.ids(body(mvc.perform(call).andReturn()));
    }

    @Test
    void staffPublishARedactedTextOrWithdrawTheCaseAndNeverAPhoneNumber() throws Exception {
        String id = calls.file(TestValues.name("噪音扰民，业主13912345678 "));
        one(id, null, 404);
        mvc.perform(publish(id, "fukang", true, "夜间施工噪音扰民"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "case.saved"));
        assertThat(one(id, null, 200).get("description").asString()).isEqualTo("夜间施工噪音扰民");
        assertThat(one(id, KEY, 200).get("description").asString()).contains("13912345678");
        mvc.perform(publish(id, "fukang", true, "请致电13912345678"))
                .andExpect(flash().attribute("error", "case.public.error.phone"));
        mvc.perform(publish(id, "xiaofang", false, "x")).andExpect(status().isForbidden());
        mvc.perform(publish(id, "fukang", false, "夜间施工噪音扰民")).andExpect(status().is3xxRedirection());
        one(id, null, 404);
        String page =
                body(mvc.perform(get("/cases/{id}", calls.caseId(id)).with(user(users.loadUserByUsername("fukang"))))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(page).contains("id=\"publication-form\"", "公开文本");
    }

    @Test
    void anAddressInsteadOfCoordinatesAMediaLinkAndPhotosAreKept() throws Exception {
        String description = TestValues.name("路灯不亮 ");
        String body = body(mvc.perform(multipart("/open311/v2/requests.json")
                        .file(new MockMultipartFile("media", "a.jpg", "image/jpeg", CaseFixtures.jpegWithExif()))
                        .param("api_key", KEY)
                        .param("service_code", "PUBLIC_FACILITIES")
                        .param("address_string", "福康社区3号楼北侧")
                        .param("description", description)
                        .param("media_url", "https://img.example.org/p/1.jpg")
                        .param("attribute[community]", String.valueOf(calls.fukang())))
                .andExpect(status().isOk())
                .andReturn());
        String id = GeoReportRules.json(body).get(0).get("service_request_id").asString();
        JsonNode keyed = one(id, KEY, 200);
        assertThat(keyed.get("address").asString()).isEqualTo("福康社区3号楼北侧");
        assertThat(keyed.get("lat").isNull()).isTrue();
        assertThat(keyed.get("media_url").asString()).isEqualTo("https://img.example.org/p/1.jpg");
        JsonNode open = one(id, null, 200);
        assertThat(open.get("address").asString()).isEqualTo("福康社区");
        assertThat(open.get("media_url").isNull()).isTrue();
        byte[] stored =
                jdbc.queryForObject("select bytes from case_photo where case_id = ?", byte[].class, calls.caseId(id));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPSLatitude");
        String page =
                body(mvc.perform(get("/cases/{id}", calls.caseId(id)).with(user(users.loadUserByUsername("fukang"))))
                        .andReturn());
        assertThat(page).contains("href=\"https://img.example.org/p/1.jpg\"", "noreferrer");

        String bad = body(mvc.perform(multipart("/open311/v2/requests.json")
                        .file(new MockMultipartFile("media", "a.jpg", "image/jpeg", "not an image".getBytes()))
                        .param("api_key", KEY)
                        .param("service_code", "PUBLIC_FACILITIES")
                        .param("address_id", "A-17")
                        .param("description", description + " bad")
                        .param("attribute[community]", String.valueOf(calls.fukang())))
                .andExpect(status().isBadRequest())
                .andReturn());
        assertThat(bad).contains("media");
        mvc.perform(post311("requests.json")
                        .param("api_key", KEY)
                        .param("service_code", "PUBLIC_FACILITIES")
                        .param("address_id", "A-17")
                        .param("description", description + " bad")
                        .param("media_url", "javascript:alert(1)")
                        .param("attribute[community]", String.valueOf(calls.fukang())))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "select count(*) from gov_case where description = ?", Integer.class, description + " bad"))
                .isZero();
    }
}
