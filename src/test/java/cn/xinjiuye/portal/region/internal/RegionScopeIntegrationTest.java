package cn.xinjiuye.portal.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Region scope is enforced by the service: editing an id in the URL reaches nothing outside one's subtree. */
@IntegrationTest
public class RegionScopeIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long idOf(String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    String nameOf(String code) {
        return jdbc.queryForObject("select name from region where code = ?", String.class, code);
    }

    long versionOf(long id) {
        return jdbc.queryForObject("select version from region where id = ?", Long.class, id);
    }

    /** POST /regions as the test's user: a new region under a parent. */
    ResultActions create(String parentCode, String code, String name) throws Exception {
        return mvc.perform(post("/regions")
                .with(csrf())
                .param("parentCode", parentCode)
                .param("code", code)
                .param("name", name));
    }

    /** POST to one of a region's actions (move, active) with the given parameter and version. */
    ResultActions act(long id, String action, String param, String value, long version) throws Exception {
        return mvc.perform(post("/regions/{id}/" + action, id)
                .with(csrf())
                .param(param, value)
                .param("version", String.valueOf(version)));
    }

    @Test
    @WithUserDetails("fukang")
    void communitySecretaryCannotSeeAnotherCommunity() throws Exception {
        mvc.perform(get("/regions/{id}", idOf("210212003001"))).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("fukang")
    void communitySecretaryCannotRenameAnotherCommunityByUrl() throws Exception {
        long other = idOf("210302011002");
        String before = nameOf("210302011002");
        mvc.perform(post("/regions/{id}", other)
                        .with(csrf())
                        .param("code", "210302011002")
                        .param("name", "被篡改")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(nameOf("210302011002")).isEqualTo(before);
    }

    @Test
    @WithUserDetails("fukang")
    void communitySecretaryCannotDeactivateTheirOwnCommunity() throws Exception {
        long own = idOf("210302011001");
        act(own, "active", "active", "false", 0).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select active from region where id = ?", Boolean.class, own))
                .isTrue();
    }

    @Test
    @WithUserDetails("fukang")
    void listShowsOnlyTheOwnSubtree() throws Exception {
        mvc.perform(get("/regions").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("福康社区第一网格")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("黄金社区"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("山南社区"))));
    }

    @Test
    @WithUserDetails("fukang")
    void communitySecretaryAddsAGridUnderTheirCommunity() throws Exception {
        create("210302011001", "210302011001009", "福康社区第九网格").andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select level from region where code = '210302011001009'", String.class))
                .isEqualTo("GRID");
        String path = jdbc.queryForObject("select path from region where code = '210302011001009'", String.class);
        assertThat(path)
                .startsWith(jdbc.queryForObject("select path from region where code = '210302011001'", String.class));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'CREATE' and entity_type = 'Region' "
                                + "and summary like '%210302011001009%' and actor = 'fukang'",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("fukang")
    void aGridUnderAnotherCommunityIsAFieldErrorAndNothingIsWritten() throws Exception {
        create("210212003001", "210212003001008", "越权网格")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "parentCode", "region.error.parentOutOfScope"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("越权网格")));
        assertThat(jdbc.queryForObject("select count(*) from region where code = '210212003001008'", Integer.class))
                .isZero();
    }

    @Test
    @WithUserDetails("shannan")
    void aRegionPageListsItsActiveChildren() throws Exception {
        mvc.perform(get("/regions/{id}", idOf("210302011")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("福康社区")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("山南社区")));
    }

    @Test
    @WithUserDetails("shannan")
    void aDuplicateCodeIsAFieldErrorNotA500() throws Exception {
        create("210302011", "210302011001", "重复社区")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "region.error.codeTaken"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("福康社区")));
    }

    @Test
    @WithUserDetails("shannan")
    void aCodeNotUnderTheParentIsAFieldError() throws Exception {
        create("210302011", "210212003077", "错码社区")
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "region.error.codePrefix"));
    }

    @Test
    @WithUserDetails("tiedong")
    void aStaleEditIsAConflict() throws Exception {
        long id = idOf("210302012001");
        long version = versionOf(id);
        mvc.perform(post("/regions/{id}", id)
                        .with(csrf())
                        .param("code", "210302012001")
                        .param("name", "园林社区")
                        .param("version", String.valueOf(version - 1)))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("内容已被他人修改")));
    }

    @Test
    @WithUserDetails("tiedong")
    void movingACommunityReRootsItsGrids() throws Exception {
        // A community of its own for this test, so other tests' data stays put.
        create("210302011", "210302011050", "搬迁社区").andExpect(status().is3xxRedirection());
        create("210302011050", "210302011050001", "搬迁网格").andExpect(status().is3xxRedirection());
        long community = idOf("210302011050");
        long version = versionOf(community);
        act(community, "move", "parentCode", "210302012", version).andExpect(status().is3xxRedirection());
        String streetPath = jdbc.queryForObject("select path from region where code = '210302012'", String.class);
        assertThat(jdbc.queryForObject("select path from region where code = '210302011050001'", String.class))
                .isEqualTo(streetPath + community + "/" + idOf("210302011050001") + "/");
    }

    @Test
    @WithUserDetails("tiedong")
    void movingToAParentOfTheWrongLevelIsRefused() throws Exception {
        long community = idOf("210302012001");
        long version = versionOf(community);
        act(community, "move", "parentCode", "210302", version)
                .andExpect(status().isOk())
                .andExpect(model().attribute("moveError", "region.error.parentWrongLevel"));
    }

    @Test
    @WithUserDetails("tiedong")
    void deactivatingAStreetDeactivatesItsSubtree() throws Exception {
        create("210302", "210302099", "停用街道").andExpect(status().is3xxRedirection());
        create("210302099", "210302099001", "停用社区").andExpect(status().is3xxRedirection());
        long street = idOf("210302099");
        long version = versionOf(street);
        act(street, "active", "active", "false", version).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select bool_or(active) from region where code in ('210302099', '210302099001')",
                        Boolean.class))
                .isFalse();
    }

    @Test
    @WithUserDetails("zhibu")
    void branchSecretariesDoNotManageRegions() throws Exception {
        mvc.perform(get("/regions")).andExpect(status().isForbidden());
    }
}
