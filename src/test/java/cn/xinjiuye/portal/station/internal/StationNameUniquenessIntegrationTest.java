package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.StationFixtures.unique;
import static cn.xinjiuye.portal.station.internal.StationScopeIntegrationTest.FUKANG;
import static cn.xinjiuye.portal.station.internal.StationScopeIntegrationTest.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.station.web.StationForm;
import cn.xinjiuye.portal.support.AtOnce;
import cn.xinjiuye.portal.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A station's name is unique among the active stations of its community, by the database (V75), also in a race. */
@IntegrationTest
class StationNameUniquenessIntegrationTest extends StationsInDemoCommunities {

    @Autowired
    UserDetailsService users;

    MockHttpServletRequestBuilder asSecretary(MockHttpServletRequestBuilder post) {
        return post.with(user(users.loadUserByUsername("fukang")));
    }

    int stationsNamed(String name) {
        return jdbc.queryForObject("select count(*) from station where name = ? and active", Integer.class, name);
    }

    @Test
    void twoStationsOfOneNameCreatedAtOnceInOneCommunityOneIsAFieldErrorWithWhatWasTyped() throws Exception {
        String name = unique("同时登记驿站");
        MockHttpServletRequestBuilder first = asSecretary(validForm(post("/stations"), name, FUKANG));
        MockHttpServletRequestBuilder second = asSecretary(validForm(post("/stations"), name, FUKANG));
        List<MvcResult> results = AtOnce.run(
                () -> mvc.perform(first).andReturn(), () -> mvc.perform(second).andReturn());

        assertThat(results.stream().map(r -> r.getResponse().getStatus()))
                .as("one redirect to the new station, one form shown again (never a 409 or a 500)")
                .containsExactlyInAnyOrder(302, 200);
        MvcResult refused = results.get(0).getResponse().getStatus() == 200 ? results.get(0) : results.get(1);
        model().attributeHasFieldErrorCode("form", "name", "station.error.nameTaken")
                .match(refused);
        StationForm typed = (StationForm) refused.getModelAndView().getModel().get("form");
        assertThat(typed.name()).isEqualTo(name);
        assertThat(typed.address()).isEqualTo("山南路 1 号");
        assertThat(typed.managerPhone()).isEqualTo("13800001111");
        assertThat(stationsNamed(name)).isEqualTo(1);
    }

    @Test
    void renamingToANameTakenInTheCommunityIsAFieldErrorAndADeletedStationFreesItsName() throws Exception {
        String taken = unique("已有驿站");
        String own = unique("改名驿站");
        mvc.perform(asSecretary(validForm(post("/stations"), taken, FUKANG))).andExpect(status().is3xxRedirection());
        mvc.perform(asSecretary(validForm(post("/stations"), own, FUKANG))).andExpect(status().is3xxRedirection());
        long takenId = jdbc.queryForObject("select id from station where name = ? and active", Long.class, taken);
        long ownId = jdbc.queryForObject("select id from station where name = ? and active", Long.class, own);

        mvc.perform(asSecretary(validForm(post("/stations/{id}", ownId), taken, FUKANG))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "station.error.nameTaken"));
        assertThat(stationsNamed(own)).isEqualTo(1);
        // The database refuses the same name too, whoever writes it.
        assertThatThrownBy(() -> StationFixtures.station(
                        jdbc, taken, FUKANG, 41.11, 122.99, StationFixtures.everyDay("24h"), 1, "OPEN"))
                .isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("station_community_name_uq");

        mvc.perform(asSecretary(post("/stations/{id}/delete", takenId))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asSecretary(validForm(post("/stations/{id}", ownId), taken, FUKANG))
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(stationsNamed(taken)).isEqualTo(1);
    }
}
