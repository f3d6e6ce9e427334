package cn.xinjiuye.portal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

/** The administrators' jobs page: every job with its last run; "run now" records a run; nobody else gets in. */
@IntegrationTest
class JobsAdminIntegrationTest extends PortalIntegrationTest {

    int runs(String job) {
        return jdbc.queryForObject("select count(*) from job_run where job = ?", Integer.class, job);
    }

    @Test
    void anAdministratorSeesEveryJobAndRunsOneNow() throws Exception {
        // A lock left by the two-node test (held for minutes on purpose) would make "run now" wait for it.
        jdbc.update("delete from shedlock where name = 'tracking-purge'");
        int before = runs("tracking-purge");

        mvc.perform(post("/admin/jobs/tracking-purge/run").with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "jobs.ran"));
        String page = mvc.perform(get("/admin/jobs").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(runs("tracking-purge")).isEqualTo(before + 1);
        assertThat(page)
                .contains("job-case-escalation")
                .contains("job-committee-term")
                .contains("清理过期的工单查询失败记录")
                .contains("0 30 3 * * *")
                .contains("成功");
    }

    @Test
    void staffOfEveryOtherRoleAreRefused() throws Exception {
        for (String username : new String[] {"tiedong", "shannan", "fukang", "zhibu", "xiaofang"}) {
            mvc.perform(get("/admin/jobs").with(user(users.loadUserByUsername(username))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/jobs/tracking-purge/run")
                            .with(csrf())
                            .with(user(users.loadUserByUsername(username))))
                    .andExpect(status().isForbidden());
        }
    }
}
