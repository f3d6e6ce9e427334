package cn.xinjiuye.portal.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The templates: every message but a verification code ends with the opt-out; parameters are filled in. */
class SmsTemplatesTest {

    @Test
    void everyMessageButACodeEndsWithTheOptOut() throws Exception {
        SmsTemplates templates = new SmsTemplates();
        assertThat(templates.kinds()).contains("register-code", "register-taken", "password-code");
        for (String kind : templates.kinds()) {
            String text = templates.template(kind);
            assertThat(text.length()).as(kind).isLessThanOrEqualTo(200);
            if (!SmsTemplates.isCode(kind)) {
                assertThat(text).as(kind).endsWith(SmsTemplates.OPT_OUT);
            }
        }
    }

    @Test
    void parametersAreFilledInAndAMissingOneIsAnError() throws Exception {
        SmsTemplates templates = new SmsTemplates();
        assertThat(templates.render("register-code", Map.of("code", "042117")).text())
                .contains("验证码042117")
                .doesNotContain("${");
        assertThat(templates.render("register-code", Map.of()).error()).contains("'code'");
        assertThat(templates.render("unknown", Map.of()).error()).isEqualTo("no template for kind 'unknown'");
    }
}
