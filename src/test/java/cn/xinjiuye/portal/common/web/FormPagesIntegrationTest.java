package cn.xinjiuye.portal.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.xinjiuye.portal.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Form pages render each field once: no duplicate ids (labels, screen readers and tests rely on them). */
@IntegrationTest
class FormPagesIntegrationTest {

    static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/register", "/account/password", "/admin/accounts/new", "/regions/new", "/"})
    @WithUserDetails("admin")
    void everyIdIsUnique(String path) throws Exception {
        String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            counts.merge(m.group(1), 1, Integer::sum);
        }
        assertThat(counts).isNotEmpty();
        assertThat(counts.entrySet())
                .as("ids used more than once on " + path)
                .filteredOn(e -> e.getValue() > 1)
                .isEmpty();
    }
}
