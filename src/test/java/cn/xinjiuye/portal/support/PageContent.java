package cn.xinjiuye.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What a rendered page says, for MockMvc's {@code andExpect}: {@code shows("福康社区", "已受理")} fails naming every text
 * it misses, {@code hides(phone)} every text that is there.
 */
public final class PageContent {

    private PageContent() {}

    /** The response body contains every one of the texts. */
    public static ResultMatcher shows(String... texts) {
        return result -> assertThat(result.getResponse().getContentAsString()).contains(texts);
    }

    /** The response body contains none of the texts. */
    public static ResultMatcher hides(String... texts) {
        return result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(texts);
    }
}
