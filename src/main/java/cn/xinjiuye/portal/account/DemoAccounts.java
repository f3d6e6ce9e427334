package cn.xinjiuye.portal.account;

import cn.xinjiuye.portal.account.internal.AccountService;
import cn.xinjiuye.portal.account.internal.NewAccount;
import cn.xinjiuye.portal.common.security.Role;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the demo's loaders create their accounts here, as an administrator creates them (the account
 * service checks the role of the signed-in user, the username, phone and region), with the demo's password, which is
 * hashed once for all accounts: BCrypt's cost per account would take seconds of the demo's load.
 */
@Component
@Profile("demo")
@RequiredArgsConstructor
public class DemoAccounts {

    private final AccountService accounts;
    private final PasswordEncoder encoder;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    /** A staff account (department staff, secretaries …) of the region with this code, without a phone; its id. */
    public long staff(String username, String displayName, Role role, String regionCode, String password) {
        return accounts.createForDemo(
                        new NewAccount(username, displayName, null, role, regionCode, null), hash(password))
                .getId();
    }

    /** A worker's account: the mobile number is the username; its id. */
    public long worker(String phone, String displayName, Occupation occupation, String password) {
        return accounts.createForDemo(
                        new NewAccount(phone, displayName, phone, Role.WORKER, null, occupation), hash(password))
                .getId();
    }

    private String hash(String password) {
        return hashes.computeIfAbsent(password, encoder::encode);
    }
}
