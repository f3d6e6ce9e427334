package cn.xinjiuye.portal.support;

import cn.xinjiuye.portal.account.Occupation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A confirmed worker account for tests that need one and are not about registration (which goes through a phone
 * code: RegistrationIntegrationTest, PhoneCodeFlow). Its user name is its phone.
 */
public final class TestWorkers {

    private static final String HASH = new BCryptPasswordEncoder(4).encode("abcd1234");

    private TestWorkers() {}

    /** Creates the account (password abcd1234) and returns its id. */
    public static long create(JdbcTemplate jdbc, String phone, String displayName, Occupation occupation) {
        return jdbc.queryForObject(
                "insert into account (username, display_name, phone, password_hash, role, occupation) "
                        + "values (?, ?, ?, ?, 'WORKER', ?) returning id",
                Long.class,
                phone,
                displayName,
                phone,
                HASH,
                occupation.name());
    }
}
