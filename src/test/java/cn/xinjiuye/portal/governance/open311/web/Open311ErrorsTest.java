package cn.xinjiuye.portal.governance.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** A failure nobody expected is still GeoReport's error body, a 500 in the format the path asked for. */
class Open311ErrorsTest {

    final Open311Errors errors = new Open311Errors(new StaticMessageSource());

    String answer(String uri, String contentType) {
        ResponseEntity<byte[]> r =
                errors.unexpected(new IllegalStateException("database gone"), new MockHttpServletRequest("GET", uri));
        assertThat(r.getStatusCode().value()).isEqualTo(500);
        assertThat(r.getHeaders().getContentType()).hasToString(contentType);
        return new String(r.getBody(), StandardCharsets.UTF_8);
    }

    @Test
    void anUnexpectedFailureIsA500InXmlOrJson() {
        assertThat(answer("/open311/v2/requests.xml", "text/xml;charset=utf-8"))
                .contains("<errors><error><code>500</code><description>internal error</description></error></errors>")
                .doesNotContain("database gone");
        assertThat(answer("/open311/v2/requests.json", "application/json;charset=utf-8"))
                .isEqualTo("[{\"code\":500,\"description\":\"internal error\"}]");
    }
}
