package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A refused report keeps every field and its photos (issue 13, point 6): the photos go into a draft named by a
 * token in the re-shown form, shown as thumbnails that can be removed, filed with the corrected form and gone after
 * it; an hour later the draft is of no use. The phone's offline queue gets the number or the reasons as JSON.
 */
@IntegrationTest
@RequiredArgsConstructor(onConstructor_ = @Autowired)
class ReportDraftIntegrationTest {

    static final Pattern TOKEN = Pattern.compile("name=\"draftToken\" id=\"draftToken\" value=\"([0-9a-f-]{36})\"");
    static final Pattern THUMB = Pattern.compile("/public/cases/drafts/([0-9a-f-]{36})/photos/(\\d+)");

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    long community() {
        return jdbc.queryForObject("select id from region where code = '210302011001'", Long.class);
    }

    static MockMultipartFile photo(String name) throws Exception {
        return new MockMultipartFile("photos", name, "image/png", CaseFixtures.image("png"));
    }

    /** The anonymous form posted to {@code url} from a new address, with its category unless it is null. */
    MockMultipartHttpServletRequestBuilder form(String url, String category, String phone, String description) {
        MockMultipartHttpServletRequestBuilder request = multipart(url);
        request.with(csrf()).with(anonymous()).with(ReportAndTrackingLimitsIntegrationTest.from(TestValues.address()));
        request.param("source", "SNAPSHOT")
                .param("description", description)
                .param("lat", "41.1101")
                .param("lng", "122.9901")
                .param("communityId", String.valueOf(community()))
                .param("phone", phone);
        if (category != null) {
            request.param("category", category);
        }
        return request;
    }

    /** The anonymous form with its category left out (refused), from a new address. */
    MockMultipartHttpServletRequestBuilder withoutCategory(String phone, String description) {
        return form("/public/cases/new", null, phone, description);
    }

    int photosOf(long caseId) {
        return jdbc.queryForObject("select count(*) from case_photo where case_id = ?", Integer.class, caseId);
    }

    static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the draft's token in the re-shown form").isTrue();
        return m.group(1);
    }

    @Test
    void aRefusedFormKeepsEveryFieldAndItsPhotosWhichAreFiledWithTheCorrectedForm() throws Exception {
        String phone = CaseFixtures.phone();
        String description = TestValues.name("楼道堆放电动车电池 草稿 ");
        var first = withoutCategory(phone, description);
        first.file(photo("a.png")).file(photo("b.png"));
        first.param("address", "福康小区 5 号楼").param("smsConsent", "true");
        String page = mvc.perform(first)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(description)
                .contains("value=\"福康小区 5 号楼\"")
                .contains("value=\"" + phone + "\"")
                .contains("value=\"41.1101\"")
                .contains("id=\"category-error\"")
                .contains("已上传的照片");
        String token = token(page);
        Matcher thumbs = THUMB.matcher(page);
        assertThat(thumbs.find()).isTrue();
        long firstPhoto = Long.parseLong(thumbs.group(2));
        assertThat(thumbs.find()).isTrue();
        mvc.perform(get(thumbs.group()).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", "no-store"));

        // The corrected form, with the first photo removed and a new one added: two photos filed, draft gone.
        var second = CaseFixtures.anonymousReport(community(), phone, CaseFixtures.address(), description);
        second.file(photo("c.png"));
        second.param("draftToken", token).param("removePhotos", String.valueOf(firstPhoto));
        mvc.perform(second).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("caseNo"));
        long id = jdbc.queryForObject("select id from gov_case where description = ?", Long.class, description);
        assertThat(photosOf(id)).isEqualTo(2);
        assertThat(jdbc.queryForList("select id from report_draft_photo where token = ?::uuid", token))
                .isEmpty();
    }

    @Test
    void aDraftIsOfNoUseAfterAnHourAndAnotherTokensPhotosAreNotShown() throws Exception {
        String phone = CaseFixtures.phone();
        String description = TestValues.name("草稿过期 ");
        var first = withoutCategory(phone, description);
        first.file(photo("a.png"));
        String token = token(mvc.perform(first).andReturn().getResponse().getContentAsString());
        mvc.perform(get("/public/cases/drafts/" + java.util.UUID.randomUUID() + "/photos/1"))
                .andExpect(status().isNotFound());

        TestClock.setBeijing(LocalDateTime.now(TestClock.ZONE).plus(Duration.ofMinutes(61)));
        var second = CaseFixtures.anonymousReport(community(), phone, CaseFixtures.address(), description);
        second.param("draftToken", token);
        mvc.perform(second).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from gov_case where description = ?", Long.class, description);
        assertThat(photosOf(id)).isZero();
    }

    @Test
    void aPhotoTheCleanerRefusesIsNotKeptAndSaysWhy() throws Exception {
        var first = withoutCategory(CaseFixtures.phone(), TestValues.name("坏照片 "));
        first.file(new MockMultipartFile("photos", "x.png", "image/png", "<html>not a photo</html>".getBytes()));
        String page = mvc.perform(first).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("id=\"photos-error\"")
                .contains("只接受完整的 JPEG、PNG 或 WebP 照片")
                .doesNotContain("已上传的照片");
    }

    @Test
    void theOfflineQueueGetsTheCaseNumberOrTheReasonsInTheUsersLanguage() throws Exception {
        String description = TestValues.name("离线上报 ");
        var ok = form("/public/cases/queued", "FIRE_SAFETY", CaseFixtures.phone(), description);
        ok.file(photo("a.png"));
        String caseNo = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(ok)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.caseNo");
        long id = jdbc.queryForObject("select id from gov_case where case_no = ?", Long.class, caseNo);
        assertThat(jdbc.queryForObject("select description from gov_case where id = ?", String.class, id))
                .isEqualTo(description);
        assertThat(photosOf(id)).isEqualTo(1);

        var refused = form("/public/cases/queued", "FIRE_SAFETY", "12345", description)
                .param("lang", "en");
        mvc.perform(refused)
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.caseNo").doesNotExist())
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("mobile")));
    }
}
