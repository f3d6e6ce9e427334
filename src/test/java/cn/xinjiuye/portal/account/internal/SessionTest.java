package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A test of accounts' sessions: the {@link SessionFixtures} and a fresh administrator before each test. */
abstract class SessionTest extends PortalIntegrationTest {

    @Autowired
    PasswordEncoder encoder;

    SessionFixtures f;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        f = new SessionFixtures(mvc, jdbc, encoder, users);
        admin = f.administrator();
    }
}
