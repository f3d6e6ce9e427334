package cn.xinjiuye.portal.sms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.sms.SmsOutbox;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** /admin/sms: administrators only; the number masked, the text, state and attempts; a failure's reason. */
@IntegrationTest
class SmsAdminIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SmsOutbox outbox;

    @Test
    @WithUserDetails("admin")
    void administratorsSeeEveryMessageWithTheNumberMasked() throws Exception {
        String phone = TestValues.mobile();
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        long sent = outbox.queue(phone, "register-code", Map.of("code", "918273"));
        long failed = outbox.queue(phone, "no-such-kind", Map.of());

        String table = mvc.perform(get("/admin/sms").param("phone", phone))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The number typed into the filter is echoed there; the table shows it masked only.
        assertThat(table.substring(table.indexOf("id=\"sms-table\"")))
                .contains(masked)
                .doesNotContain(phone);
        mvc.perform(get("/admin/sms").param("phone", phone))
                .andExpect(content().string(containsString("id=\"sms-" + sent + "\"")))
                .andExpect(content().string(containsString(masked)))
                .andExpect(content().string(containsString("验证码918273")))
                .andExpect(content().string(containsString("待发送")))
                .andExpect(content().string(containsString("id=\"sms-" + failed + "\"")))
                .andExpect(content().string(containsString("no template for kind &#39;no-such-kind&#39;")));
        mvc.perform(get("/admin/sms").param("state", "FAILED").param("phone", phone))
                .andExpect(content().string(not(containsString("id=\"sms-" + sent + "\""))));
        mvc.perform(get("/admin/sms").param("page", "2147483647").param("state", "bogus"))
                .andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("tiedong")
    void staffDoNotSeeTheMessages() throws Exception {
        mvc.perform(get("/admin/sms")).andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/sms")).andExpect(status().is3xxRedirection());
    }
}
