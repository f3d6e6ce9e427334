package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.StationFixtures.everyDay;
import static cn.xinjiuye.portal.station.internal.StationFixtures.station;
import static cn.xinjiuye.portal.station.internal.StationFixtures.unique;
import static cn.xinjiuye.portal.support.PageContent.hides;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The registry's scope, enforced by StationService: editing an id in the URL reaches nothing outside one's subtree. */
@IntegrationTest
public class StationScopeIntegrationTest extends StationsInDemoCommunities {

    static final String FUKANG = "210302011001";
    static final String HUANGJIN = "210212003001";
    static final String HOURS = everyDay("08:00-20:00");

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("select name, active, version, status from station where id = ?", id);
    }

    static MockHttpServletRequestBuilder validForm(MockHttpServletRequestBuilder post, String name, String community) {
        return validForm(post, name, community, "OPEN").param("suspendReason", "");
    }

    static MockHttpServletRequestBuilder validForm(
            MockHttpServletRequestBuilder post, String name, String community, String status) {
        return post.with(csrf())
                .param("name", name)
                .param("hostType", "SHOP")
                .param("address", "山南路 1 号")
                .param("lat", "41.11")
                .param("lng", "122.99")
                .param("coordSystem", "WGS84")
                .param("communityCode", community)
                .param("hoursMon", "08:00-20:00")
                .param("hoursTue", "24h")
                .param("hoursWed", "")
                .param("hoursThu", "08:00-20:00")
                .param("hoursFri", "08:00-20:00")
                .param("hoursSat", "08:00-20:00")
                .param("hoursSun", "08:00-20:00")
                .param("amenities", "WATER", "LUNCH")
                .param("managerName", "李")
                .param("managerPhone", "13800001111")
                .param("status", status);
    }

    @Test
    @WithUserDetails("fukang")
    void aCommunitySecretaryCannotEditAnotherCommunitysStationByUrl() throws Exception {
        long other = station(jdbc, unique("黄金驿站"), HUANGJIN, 38.81, 121.26, HOURS, 1, "OPEN");
        Map<String, Object> before = row(other);
        mvc.perform(get("/stations/{id}", other)).andExpect(status().isForbidden());
        mvc.perform(get("/stations/{id}/edit", other)).andExpect(status().isForbidden());
        mvc.perform(validForm(post("/stations/{id}", other), "被篡改", HUANGJIN).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/stations/{id}/delete", other).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/stations/{id}/services", other).with(csrf()).param("kind", "MEAL"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/stations/{id}/inspections", other)
                        .with(csrf())
                        .param("inspectedOn", "2026-01-05")
                        .param("inspector", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/stations/{id}/photo", other)
                        .file(new MockMultipartFile("photo", "a.png", "image/png", new byte[] {
                            (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a
                        }))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(row(other)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from station_service where station_id = ?", Integer.class, other))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from station_inspection where station_id = ?", Integer.class, other))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from station_photo where station_id = ?", Integer.class, other))
                .isZero();
    }

    @Test
    @WithUserDetails("fukang")
    void aCommunitySecretaryCannotMoveAStationIntoAnotherCommunity() throws Exception {
        long own = station(jdbc, unique("福康驿站"), FUKANG, 41.11, 122.99, HOURS, 1, "OPEN");
        mvc.perform(validForm(post("/stations/{id}", own), "搬走", HUANGJIN).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "form", "communityCode", "station.error.communityOutOfScope"));
        mvc.perform(validForm(post("/stations/{id}", own), "搬走", "210302011099").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("form", "communityCode", "station.error.communityUnknown"));
        mvc.perform(validForm(post("/stations/{id}", own), "搬走", "210302011002").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "form", "communityCode", "station.error.communityOutOfScope"));
        assertThat(jdbc.queryForObject(
                        "select r.code from station s join region r on r.id = s.region_id where s.id = ?",
                        String.class,
                        own))
                .isEqualTo(FUKANG);
    }

    @Test
    @WithUserDetails("fukang")
    void aCommunitySecretaryManagesTheirOwnStations() throws Exception {
        String name = unique("福康新驿站");
        mvc.perform(validForm(post("/stations"), name, FUKANG)).andExpect(status().is3xxRedirection());
        Map<String, Object> created =
                jdbc.queryForMap("select id, opening_hours, amenities, version from station where name = ?", name);
        assertThat(created.get("opening_hours"))
                .isEqualTo("08:00-20:00,24h,closed,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00");
        assertThat(created.get("amenities")).isEqualTo(Amenity.toBits(java.util.List.of(Amenity.WATER, Amenity.LUNCH)));
        long id = ((Number) created.get("id")).longValue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where entity_type = 'Station' and entity_id = ? "
                                + "and action = 'CREATE'",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(1);
        mvc.perform(validForm(post("/stations/{id}", id), name + "改", FUKANG, "SUSPENDED")
                        .param("version", "0")
                        .param("suspendReason", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "suspendReason", "station.error.suspendReason"));
        mvc.perform(validForm(post("/stations/{id}", id), name + "改", FUKANG, "SUSPENDED")
                        .param("version", "0")
                        .param("suspendReason", "装修"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).containsEntry("name", name + "改").containsEntry("status", "SUSPENDED");
        // A stale edit (the version the form was built on is old) is a conflict, not a silent overwrite.
        mvc.perform(validForm(post("/stations/{id}", id), "旧版本", FUKANG).param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/stations/{id}/delete", id).with(csrf()).param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(id)).containsEntry("active", false).containsEntry("name", name + "改");
        mvc.perform(get("/stations/{id}", id)).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("fukang")
    void theListShowsOnlyTheOwnCommunity() throws Exception {
        mvc.perform(get("/stations").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("福康社区党群服务中心爱心驿站")))
                .andExpect(hides("黄金社区党群服务中心爱心驿站", "山南社区党群服务中心爱心驿站"));
    }

    // Demo: 顺丰 passed 200 days ago (overdue), 物业 failed, 党群服务中心 passed 30 days ago.
    @ParameterizedTest(name = "{0}={1} shows {2}, not {3}")
    @CsvSource({
        "amenity, LUNCH, 园林社区阳光食堂驿站, 顺丰山南营业部暖心驿站",
        "hostType, EXPRESS_OUTLET, 顺丰山南营业部暖心驿站, 福康早餐驿站",
        "compliance, OVERDUE, 顺丰山南营业部暖心驿站, 福康社区党群服务中心爱心驿站",
        "compliance, FAILED, 福康小区物业爱心驿站, 顺丰山南营业部暖心驿站",
        "compliance, COMPLIANT, 福康社区党群服务中心爱心驿站, 福康小区物业爱心驿站"
    })
    @WithUserDetails("tiedong")
    void theDistrictFiltersByHostTypeAmenityAndCompliance(String filter, String value, String shown, String hidden)
            throws Exception {
        mvc.perform(get("/stations").param("size", "100").param(filter, value))
                .andExpect(content().string(containsString(shown)))
                .andExpect(content().string(not(containsString(hidden))));
    }

    @Test
    @WithUserDetails("tiedong")
    void theDistrictFiltersByCommunityAndText() throws Exception {
        long shannan = StationFixtures.regionId(jdbc, "210302011002");
        mvc.perform(get("/stations").param("size", "100").param("communityId", String.valueOf(shannan)))
                .andExpect(content().string(containsString("中通快递山南网点驿站")))
                .andExpect(content().string(not(containsString("福康早餐驿站"))));
        mvc.perform(get("/stations").param("q", "早餐"))
                .andExpect(content().string(containsString("福康早餐驿站")))
                .andExpect(content().string(not(containsString("中通快递山南网点驿站"))));
    }

    @Test
    @WithUserDetails("13900000001")
    void aCourierCannotOpenTheRegistry() throws Exception {
        mvc.perform(get("/stations")).andExpect(status().isForbidden());
    }
}
