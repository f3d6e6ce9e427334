package cn.xinjiuye.portal.account.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.support.SessionCookies;
import cn.xinjiuye.portal.support.TestValues;
import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Accounts of a test's own, signed in through the real form, each sign-in a session of its own (its cookie). */
record SessionFixtures(MockMvc mvc, JdbcTemplate jdbc, PasswordEncoder encoder, UserDetailsService users) {

    static final String PASSWORD = "secret123";

    /** A new account of the role in the region with this code (null: none); returns its user name. */
    String account(String role, String regionCode) {
        String username = TestValues.name("s");
        jdbc.update(
                "insert into account (username, display_name, password_hash, role, region_id) "
                        + "values (?, '会话', ?, ?, (select id from region where code = ?))",
                username,
                encoder.encode(PASSWORD),
                role,
                regionCode);
        return username;
    }

    /** A new sign-in of the account from this client address: a session of its own. */
    Cookie signIn(String username, String address) throws Exception {
        return SessionCookies.of(mvc.perform(post("/login")
                        .with(csrf())
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andReturn());
    }

    Cookie signIn(String username) throws Exception {
        return signIn(username, TestValues.address());
    }

    /** The own-password form of a signed-in session, with the current password typed and a new one twice. */
    static MockHttpServletRequestBuilder passwordChange(Cookie session, String currentPassword) {
        return post("/account/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", currentPassword)
                .param("newPassword", "fresh2026x")
                .param("confirmPassword", "fresh2026x");
    }

    /** A new administrator, as the principal for {@code .with(user(...))}. */
    CurrentUser administrator() {
        return (CurrentUser) users.loadUserByUsername(account("ADMIN", null));
    }

    long id(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    String version(String username) {
        return String.valueOf(
                jdbc.queryForObject("select version from account where username = ?", Long.class, username));
    }

    int sessions(String username) {
        return jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?", Integer.class, username);
    }
}
