package cn.xinjiuye.portal.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

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

    /**
     * A new three-digit child code under the parent that no region has yet (demo data or an earlier run on the same
     * database may hold some). This class's codes start with 9 (…9xx), clear of the fixed codes of other tests such
     * as the dashboard's street 210302077.
     */
    String newCode(String parentCode) {
        return TestValues.unused(
                parentCode + "9",
                2,
                code -> jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, code) > 0);
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
        mvc.perform(post("/regions/{id}/active", own)
                        .with(csrf())
                        .param("active", "false")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
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
        String grid = newCode("210302011001");
        mvc.perform(post("/regions")
                        .with(csrf())
                        .param("parentCode", "210302011001")
                        .param("code", grid)
                        .param("name", TestValues.name("福康社区网格")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select level from region where code = ?", String.class, grid))
                .isEqualTo("GRID");
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, grid);
        assertThat(path)
                .startsWith(jdbc.queryForObject("select path from region where code = '210302011001'", String.class));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'CREATE' and entity_type = 'Region' "
                                + "and summary like ? and actor = 'fukang'",
                        Integer.class,
                        "%" + grid + "%"))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("fukang")
    void aGridUnderAnotherCommunityIsAFieldErrorAndNothingIsWritten() throws Exception {
        String grid = newCode("210212003001");
        mvc.perform(post("/regions")
                        .with(csrf())
                        .param("parentCode", "210212003001")
                        .param("code", grid)
                        .param("name", "越权网格"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "parentCode", "region.error.parentOutOfScope"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("越权网格")));
        assertThat(jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, grid))
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
        mvc.perform(post("/regions")
                        .with(csrf())
                        .param("parentCode", "210302011")
                        .param("code", "210302011001")
                        .param("name", "重复社区"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "region.error.codeTaken"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("福康社区")));
    }

    @Test
    @WithUserDetails("shannan")
    void aCodeNotUnderTheParentIsAFieldError() throws Exception {
        mvc.perform(post("/regions")
                        .with(csrf())
                        .param("parentCode", "210302011")
                        .param("code", "210212003077")
                        .param("name", "错码社区"))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "region.error.codePrefix"));
    }

    @Test
    @WithUserDetails("tiedong")
    void aStaleEditIsAConflict() throws Exception {
        long id = idOf("210302012001");
        long version = jdbc.queryForObject("select version from region where id = ?", Long.class, id);
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
        String code = newCode("210302011");
        mvc.perform(post("/regions")
                        .with(csrf())
                        .param("parentCode", "210302011")
                        .param("code", code)
                        .param("name", TestValues.name("搬迁社区")))
                .andExpect(status().is3xxRedirection());
        String gridCode = code + "001";
        mvc.perform(post("/regions")
                        .with(csrf())
                        .param("parentCode", code)
                        .param("code", gridCode)
                        .param("name", TestValues.name("搬迁网格")))
                .andExpect(status().is3xxRedirection());
        long community = idOf(code);
        long version = jdbc.queryForObject("select version from region where id = ?", Long.class, community);
        mvc.perform(post("/regions/{id}/move", community)
                        .with(csrf())
                        .param("parentCode", "210302012")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        String streetPath = jdbc.queryForObject("select path from region where code = '210302012'", String.class);
        assertThat(jdbc.queryForObject("select path from region where code = ?", String.class, gridCode))
                .isEqualTo(streetPath + community + "/" + idOf(gridCode) + "/");
    }

    @Test
    @WithUserDetails("tiedong")
    void movingToAParentOfTheWrongLevelIsRefused() throws Exception {
        long community = idOf("210302012001");
        long version = jdbc.queryForObject("select version from region where id = ?", Long.class, community);
        mvc.perform(post("/regions/{id}/move", community)
                        .with(csrf())
                        .param("parentCode", "210302")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("moveError", "region.error.parentWrongLevel"));
    }

    @Test
    @WithUserDetails("tiedong")
    void deactivatingAStreetDeactivatesItsSubtree() throws Exception {
        String streetCode = newCode("210302");
        String communityCode = streetCode + "001";
        mvc.perform(post("/regions")
                        .with(csrf())
                        .param("parentCode", "210302")
                        .param("code", streetCode)
                        .param("name", TestValues.name("停用街道")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/regions")
                        .with(csrf())
                        .param("parentCode", streetCode)
                        .param("code", communityCode)
                        .param("name", TestValues.name("停用社区")))
                .andExpect(status().is3xxRedirection());
        long street = idOf(streetCode);
        long version = jdbc.queryForObject("select version from region where id = ?", Long.class, street);
        mvc.perform(post("/regions/{id}/active", street)
                        .with(csrf())
                        .param("active", "false")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select bool_or(active) from region where code in (?, ?)",
                        Boolean.class,
                        streetCode,
                        communityCode))
                .isFalse();
    }

    @Test
    @WithUserDetails("zhibu")
    void branchSecretariesDoNotManageRegions() throws Exception {
        mvc.perform(get("/regions")).andExpect(status().isForbidden());
    }
}
