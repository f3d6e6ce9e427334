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

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
    @WithUserDetails("admin")
    void theLogNamesTypesAndAddressesInWords() throws Exception {
        String actor = TestValues.name("audit-words-");
        jdbc.update(
                "insert into audit_event (actor, action, entity_type, entity_id, summary, remote_address)"
                        + " values (?, 'UPDATE', 'GovCase', '1', 'probe', '0:0:0:0:0:0:0:1'),"
                        + " (?, 'UPDATE', 'ServiceRecord', '2', 'probe', '2001:0db8:0000:0000:0000:0000:0000:0001')",
                actor,
                actor);
        mvc.perform(get("/admin/audit").param("actor", actor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>工单</td>")))
                .andExpect(content().string(containsString("<td>驿站服务记录</td>")))
                .andExpect(content().string(containsString("<td>本机</td>")))
                .andExpect(content().string(containsString("<td>2001:db8::1</td>")))
                .andExpect(content().string(not(containsString("GovCase"))))
                .andExpect(content().string(not(containsString("0:0:0:0:0:0:0:1"))));
        mvc.perform(get("/admin/audit").param("actor", actor).param("lang", "en"))
                .andExpect(content().string(containsString("<td>Case</td>")))
                .andExpect(content().string(containsString("<td>This machine</td>")));
    }

    @Test
    @WithUserDetails("tiedong")
    void othersCannotReadTheLog() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
    }
}
