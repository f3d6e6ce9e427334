package cn.xinjiuye.portal.governance.internal;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestCases;
import cn.xinjiuye.portal.support.TestValues;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An administrator adds a department to 旅顺口区, routes a category to it and binds a department account. */
@IntegrationTest
public class DepartmentAdminIntegrationTest extends PortalIntegrationTest {

    @Test
    void aNewDepartmentGetsItsRoutedCasesAndItsStaffSeeThem() throws Exception {
        long district = jdbc.queryForObject("select id from region where code = '210212'", Long.class);
        String name = TestValues.name("旅顺口区城管局");
        mvc.perform(inDistrict("/admin/governance/departments", district)
                        .param("name", name)
                        .param("phone", "0411-1234567"))
                .andExpect(flash().attribute("success", "case.saved"));
        mvc.perform(inDistrict("/admin/governance/departments", district).param("name", name))
                .andExpect(flash().attribute("error", "department.error.nameTaken"));
        long dept = jdbc.queryForObject("select id from department where name = ?", Long.class, name);
        mvc.perform(inDistrict("/admin/governance/departments/rules", district)
                        .param("category", "OTHER")
                        .param("departmentId", String.valueOf(dept)))
                .andExpect(status().is3xxRedirection());

        String username = TestValues.name("bm");
        jdbc.update(
                "insert into account (username, display_name, password_hash, role, region_id) "
                        + "values (?, '部门人员', 'x', 'DEPARTMENT_STAFF', ?)",
                username,
                district);
        mvc.perform(inDistrict("/admin/governance/departments/accounts", district)
                        .param("departmentId", String.valueOf(dept))
                        .param("username", "fukang"))
                .andExpect(flash().attribute("error", "department.error.account"));
        mvc.perform(inDistrict("/admin/governance/departments/accounts", district)
                        .param("departmentId", String.valueOf(dept))
                        .param("username", username))
                .andExpect(flash().attribute("success", "case.saved"));
        mvc.perform(get("/admin/governance/departments")
                        .param("districtId", String.valueOf(district))
                        .with(admin()))
                .andExpect(shows(name, username));
        mvc.perform(get("/admin/governance/departments").with(user(users.loadUserByUsername("lvshun"))))
                .andExpect(status().isForbidden());

        // A case of 黄金社区 in category OTHER: the new department is suggested, assigned, and its staff see it.
        long id = TestCases.in(jdbc, "210212003001")
                .numbered("GZR")
                .description(TestValues.name("旅顺派单 "))
                .status("ACCEPTED")
                .insert();
        var huangjin = user(users.loadUserByUsername("huangjin"));
        mvc.perform(get("/cases/{id}", id).with(huangjin)).andExpect(content().string(containsString(name + " ★")));
        mvc.perform(post("/cases/{id}/assign", id)
                        .with(csrf())
                        .with(huangjin)
                        .param("version", "0")
                        .param("departmentId", String.valueOf(dept)))
                .andExpect(flash().attribute("success", "case.saved"));
        mvc.perform(get("/cases/{id}", id).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk());
        mvc.perform(get("/cases/{id}", id).with(user(users.loadUserByUsername("xiaofang"))))
                .andExpect(status().isForbidden());
        // A department of another district cannot be chosen.
        long tiedongDept = jdbc.queryForObject(
                "select department_id from department_account da join account a "
                        + "on a.id = da.account_id where a.username = 'xiaofang'",
                Long.class);
        assertThat(tiedongDept).isNotEqualTo(dept);
    }

    RequestPostProcessor admin() {
        return user(users.loadUserByUsername("admin"));
    }

    /** A form of the departments' administration for the district, sent by the administrator. */
    MockHttpServletRequestBuilder inDistrict(String path, long district) {
        return post(path).with(csrf()).with(admin()).param("districtId", String.valueOf(district));
    }
}
