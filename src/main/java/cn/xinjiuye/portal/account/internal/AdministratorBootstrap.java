package cn.xinjiuye.portal.account.internal;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No default credentials: where the database has no administrator, the first one comes from
 * PORTAL_ADMIN_USERNAME and PORTAL_ADMIN_PASSWORD, and must change its password at the first sign-in.
 */
@Component
@Order(0)
@RequiredArgsConstructor
public class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final AccountService accounts;

    @Value("${portal.bootstrap-admin.username:}")
    private final String username;

    @Value("${portal.bootstrap-admin.password:}")
    private final String password;

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        if (password.length() < 12) {
            log.warn("PORTAL_ADMIN_PASSWORD is shorter than 12 characters: no administrator was created");
            return;
        }
        if (accounts.bootstrapAdministrator(username, password)) {
            log.info(
                    "Created the first administrator '{}'; the password must be changed at the first sign-in",
                    username);
        }
    }
}
