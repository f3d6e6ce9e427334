package cn.xinjiuye.portal.audit.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
public class AuditLogIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("admin")
    void administratorsFilterTheLogByActorAndAction() throws Exception {
        // The filter is a part of the name (the page repeats it in the search field).
        String filter = TestValues.name("audit-probe-");
        String probe = filter + "-user";
        mvc.perform(formLogin().user(probe).password("wrong1234"));
        mvc.perform(get("/admin/audit").param("actor", filter).param("action", "SIGN_IN_FAILURE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(probe)))
                .andExpect(content().string(containsString("登录失败")));
        mvc.perform(get("/admin/audit").param("actor", filter).param("action", "SIGN_IN_SUCCESS"))
                .andExpect(content().string(not(containsString(probe))));
    }

    @Test
    @WithUserDetails("tiedong")
    void othersCannotReadTheLog() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
    }
}
