package cn.xinjiuye.portal.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import cn.xinjiuye.portal.support.TestWorkers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** An administrator's change to an account, and a password reset, is one notice in that account's inbox. */
@IntegrationTest
class AccountNoticesIntegrationTest extends PortalIntegrationTest {

    @Autowired
    AccountService accounts;

    List<String> notices(long id) {
        return jdbc.queryForList(
                "select message_key || ' ' || link from notification where account_id = ? order by id",
                String.class,
                id);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from account where id = ?", Long.class, id);
    }

    @Test
    @WithUserDetails("admin")
    void anEditAndAPasswordResetEachLeaveOneNotice() throws Exception {
        long id = TestWorkers.create(jdbc, TestValues.mobile(), "李师傅", Occupation.FOOD_DELIVERY);

        mvc.perform(post("/admin/accounts/{id}", id)
                        .with(csrf())
                        .param("displayName", "李师傅（骑手）")
                        .param("role", "WORKER")
                        .param("regionCode", "")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        assertThat(notices(id)).containsExactly("notice.account.changed /");

        mvc.perform(post("/admin/accounts/{id}/reset-password", id)
                        .with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        assertThat(notices(id))
                .containsExactly("notice.account.changed /", "notice.account.passwordReset /account/password");

        // A refused edit (stale version) changes nothing and tells nobody.
        mvc.perform(post("/admin/accounts/{id}", id)
                        .with(csrf())
                        .param("displayName", "改不了")
                        .param("role", "WORKER")
                        .param("regionCode", "")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(notices(id)).hasSize(2);
    }
}
