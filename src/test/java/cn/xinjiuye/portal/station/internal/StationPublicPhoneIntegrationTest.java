package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.StationFixtures.everyDay;
import static cn.xinjiuye.portal.station.internal.StationFixtures.station;
import static cn.xinjiuye.portal.station.internal.StationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A station manager's phone reaches the public (the station page's call button, the nearby API) only when the
 * station marks it as its public contact phone on the staff form; staff see it either way.
 */
@IntegrationTest
class StationPublicPhoneIntegrationTest extends PortalIntegrationTest {

    /** 振安区珍珠社区, no demo stations; the spot below is this test's own. */
    static final String COMMUNITY = "210604001001";

    static final double LAT = 39.4321;
    static final double LNG = 99.4321;
    static final String PHONE = "13800000000";

    String publicPage(long id) throws Exception {
        return mvc.perform(get("/public/stations/{id}", id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    String nearby() throws Exception {
        return mvc.perform(get("/api/stations/nearby")
                        .param("lat", String.valueOf(LAT))
                        .param("lng", String.valueOf(LNG))
                        .param("radius", "500"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder edit(long id, String name, boolean publicPhone) {
        long version = jdbc.queryForObject("select version from station where id = ?", Long.class, id);
        MockHttpServletRequestBuilder b = post("/stations/{id}", id)
                .with(csrf())
                .with(user(users.loadUserByUsername("zhenan")))
                .param("name", name)
                .param("hostType", "SHOP")
                .param("address", "测试地址")
                .param("lat", String.valueOf(LAT))
                .param("lng", String.valueOf(LNG))
                .param("coordSystem", "WGS84")
                .param("communityCode", COMMUNITY)
                .param("managerName", "测试")
                .param("managerPhone", PHONE)
                .param("_publicPhone", "on")
                .param("status", "OPEN")
                .param("version", String.valueOf(version));
        for (String day : new String[] {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}) {
            b.param("hours" + day, "24h");
        }
        return publicPhone ? b.param("publicPhone", "true") : b;
    }

    @Test
    void theManagersPhoneIsPublicOnlyWhenTheStationSaysSo() throws Exception {
        String name = unique("公开电话");
        long id = station(jdbc, name, COMMUNITY, LAT, LNG, everyDay("24h"), 1, "OPEN");
        try {
            assertThat(publicPage(id)).doesNotContain("tel:").doesNotContain(PHONE);
            assertThat(nearby()).contains(name).doesNotContain(PHONE);
            // Staff see the phone on their own page all the same.
            mvc.perform(get("/stations/{id}", id).with(user(users.loadUserByUsername("zhenan"))))
                    .andExpect(status().isOk())
                    .andExpect(r ->
                            assertThat(r.getResponse().getContentAsString()).contains("tel:" + PHONE));

            mvc.perform(edit(id, name, true)).andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("select public_phone from station where id = ?", Boolean.class, id))
                    .isTrue();
            assertThat(publicPage(id)).contains("href=\"tel:" + PHONE + "\"");
            assertThat(nearby()).contains("\"phone\":\"" + PHONE + "\"");
            String form = mvc.perform(get("/stations/{id}/edit", id).with(user(users.loadUserByUsername("zhenan"))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(form).containsPattern("name=\"publicPhone\"[^>]*checked");

            // Unticked again (only the checkbox's marker is sent): private again.
            mvc.perform(edit(id, name, false)).andExpect(status().is3xxRedirection());
            assertThat(publicPage(id)).doesNotContain("tel:");
            assertThat(nearby()).doesNotContain(PHONE);
        } finally {
            jdbc.update("update station set active = false where id = ?", id);
        }
    }
}
