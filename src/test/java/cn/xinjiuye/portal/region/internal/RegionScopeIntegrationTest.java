package cn.xinjiuye.portal.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.ResultActions;

/** Region scope is enforced by the service: editing an id in the URL reaches nothing outside one's subtree. */
@IntegrationTest
public class RegionScopeIntegrationTest extends PortalIntegrationTest {

    String nameOf(String code) {
        return jdbc.queryForObject("select name from region where code = ?", String.class, code);
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
        mvc.perform(get("/regions/{id}", regionId("210212003001"))).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("fukang")
    void communitySecretaryCannotRenameAnotherCommunityByUrl() throws Exception {
        long other = regionId("210302011002");
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
        long own = regionId("210302011001");
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
        String grid = newCode("210302011001");
        create("210302011001", grid, TestValues.name("福康社区网格")).andExpect(status().is3xxRedirection());
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
        create("210212003001", grid, "越权网格")
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "parentCode", "region.error.parentOutOfScope"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("越权网格")));
        assertThat(jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, grid))
                .isZero();
    }

    @Test
    @WithUserDetails("shannan")
    void aRegionPageListsItsActiveChildren() throws Exception {
        mvc.perform(get("/regions/{id}", regionId("210302011")))
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
        long id = regionId("210302012001");
        long version = regionVersion(id);
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
        create("210302011", code, TestValues.name("搬迁社区")).andExpect(status().is3xxRedirection());
        String gridCode = code + "001";
        create(code, gridCode, TestValues.name("搬迁网格")).andExpect(status().is3xxRedirection());
        long community = regionId(code);
        long version = regionVersion(community);
        act(community, "move", "parentCode", "210302012", version).andExpect(status().is3xxRedirection());
        String streetPath = jdbc.queryForObject("select path from region where code = '210302012'", String.class);
        assertThat(jdbc.queryForObject("select path from region where code = ?", String.class, gridCode))
                .isEqualTo(streetPath + community + "/" + regionId(gridCode) + "/");
    }

    @Test
    @WithUserDetails("tiedong")
    void movingToAParentOfTheWrongLevelIsRefused() throws Exception {
        long community = regionId("210302012001");
        long version = regionVersion(community);
        act(community, "move", "parentCode", "210302", version)
                .andExpect(status().isOk())
                .andExpect(model().attribute("moveError", "region.error.parentWrongLevel"));
    }

    @Test
    @WithUserDetails("tiedong")
    void deactivatingAStreetDeactivatesItsSubtree() throws Exception {
        String streetCode = newCode("210302");
        String communityCode = streetCode + "001";
        create("210302", streetCode, TestValues.name("停用街道")).andExpect(status().is3xxRedirection());
        create(streetCode, communityCode, TestValues.name("停用社区")).andExpect(status().is3xxRedirection());
        long street = regionId(streetCode);
        long version = regionVersion(street);
        act(street, "active", "active", "false", version).andExpect(status().is3xxRedirection());
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
