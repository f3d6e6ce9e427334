package cn.xinjiuye.portal.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions live in PostgreSQL (Spring Session) and travel as the SESSION cookie, not as MockMvc's MockHttpSession: a
 * MockMvc test that signs in keeps the cookie and sends it with the next requests, as a browser does.
 */
public final class SessionCookies {

    public static final String NAME = "SESSION";

    private SessionCookies() {}

    /** The session cookie a response set. */
    public static Cookie of(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(NAME);
        if (cookie == null || cookie.getValue().isEmpty()) {
            throw new IllegalStateException("the response set no session cookie");
        }
        return cookie;
    }

    /** Signs in through the real form login and returns the session's cookie. */
    public static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
        return of(mvc.perform(formLogin().user(username).password(password)).andReturn());
    }
}
