package cn.xinjiuye.portal.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.TestValues;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The registration and password-recovery forms as a test drives them: each request from a client address of its own
 * (unless one is given), so that the per-address limit counts only what a test means it to; the code read from the
 * SMS outbox, as an administrator reads it on /admin/sms.
 */
record PhoneCodeFlow(MockMvc mvc, JdbcTemplate jdbc) {

    static final String PASSWORD = "ride2026x";

    ResultActions register(String phone, String displayName, String occupation, String password, String confirm)
            throws Exception {
        return register(phone, displayName, occupation, password, confirm, TestValues.address());
    }

    ResultActions register(
            String phone, String displayName, String occupation, String password, String confirm, String address)
            throws Exception {
        MockHttpServletRequestBuilder form = from(address, post("/register"))
                .param("phone", phone)
                .param("occupation", occupation)
                .param("password", password)
                .param("confirmPassword", confirm);
        return mvc.perform(displayName == null ? form : form.param("displayName", displayName));
    }

    /** Registers {@code phone} with the usual answers and returns the verify page's token. */
    String registerAndGetToken(String phone) throws Exception {
        return token(register(phone, "李骑手", "FOOD_DELIVERY", PASSWORD, PASSWORD).andReturn());
    }

    ResultActions verify(String token, String code) throws Exception {
        return mvc.perform(from(TestValues.address(), post("/register/verify"))
                .param("token", token)
                .param("code", code));
    }

    ResultActions forgot(String phone) throws Exception {
        return mvc.perform(from(TestValues.address(), post("/password/forgot")).param("phone", phone));
    }

    ResultActions reset(String token, String code, String password) throws Exception {
        return mvc.perform(from(TestValues.address(), post("/password/reset"))
                .param("token", token)
                .param("code", code)
                .param("password", password)
                .param("confirmPassword", password));
    }

    /** The answer to a request about a number, for comparing with the answer about another number. */
    record Answer(MvcResult result, String phone) {

        String token() {
            return PhoneCodeFlow.token(result);
        }

        /** A page of this answer's request without its token, its number and the CSRF token. */
        String same(String page) {
            return RegistrationIntegrationTest.same(page, token(), phone);
        }
    }

    /** The page a token leads to. */
    interface Page {
        String of(String token) throws Exception;
    }

    /**
     * The two answers give nothing away: the same redirect and flash, and the same page there but for what differs
     * by design (token, number).
     */
    static void assertAlike(Answer one, Answer other, String redirectPrefix, Page page) throws Exception {
        assertThat(one.result().getResponse().getRedirectedUrl()).startsWith(redirectPrefix);
        assertThat(other.result().getResponse().getRedirectedUrl()).startsWith(redirectPrefix);
        assertThat(one.result().getFlashMap().get("success"))
                .isEqualTo(other.result().getFlashMap().get("success"));
        assertThat(one.same(page.of(one.token()))).isEqualTo(other.same(page.of(other.token())));
    }

    /** The page a token leads to (the verify or reset page), as an anonymous visitor opens it. */
    String page(String path, String token) throws Exception {
        return mvc.perform(get(path).param("token", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The token of the redirect to the verify or reset page. */
    static String token(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("no redirect: " + result.getResponse().getStatus());
        }
        return UriComponentsBuilder.fromUriString(location)
                .build()
                .getQueryParams()
                .getFirst("token");
    }

    /** The code of the newest SMS of this kind to this number. */
    String codeSentTo(String phone, String kind) {
        List<String> codes = jdbc.queryForList(
                "select params ->> 'code' from sms_message where recipient = ? and kind = ? order by id desc limit 1",
                String.class,
                phone,
                kind);
        if (codes.isEmpty()) {
            throw new AssertionError("no " + kind + " message to " + phone);
        }
        return codes.get(0);
    }

    /** Kinds of the messages to this number, oldest first. */
    List<String> kindsSentTo(String phone) {
        return jdbc.queryForList("select kind from sms_message where recipient = ? order by id", String.class, phone);
    }

    int accountsWith(String phone) {
        return jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, phone);
    }

    /** A code of six digits that is not {@code code}. */
    static String other(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
