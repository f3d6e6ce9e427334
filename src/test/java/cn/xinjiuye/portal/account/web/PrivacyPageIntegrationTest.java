package cn.xinjiuye.portal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.account.PrivacyNotice;
import cn.xinjiuye.portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The privacy notice is public, complete in both languages, shows its version and is linked where data is given. */
@IntegrationTest
class PrivacyPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    String html(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aVisitorReadsItInChineseAndEnglish() throws Exception {
        String zh = html("/privacy");
        assertThat(zh)
                .contains("个人信息保护告知")
                .contains("版本 " + PrivacyNotice.VERSION)
                .contains("我们收集哪些信息", "为什么收集", "保存多久", "谁能看到", "您的权利和如何申请删除")
                .doesNotContain("??");
        String en = html("/privacy?lang=en");
        assertThat(en)
                .contains("Privacy notice")
                .contains("Version " + PrivacyNotice.VERSION)
                .contains("What we collect", "Why", "How long", "Who sees it", "how to ask for deletion")
                .doesNotContain("??")
                .doesNotContain("我们收集");
    }

    @Test
    void registrationTheReportFormAndTheFooterLinkToIt() throws Exception {
        assertThat(html("/register")).contains("id=\"register-privacy\"><a href=\"/privacy\"");
        assertThat(html("/public/cases/new")).contains("id=\"report-privacy\"><a href=\"/privacy\"");
        assertThat(html("/login")).contains("href=\"/privacy\" id=\"footer-privacy\"");
    }
}
