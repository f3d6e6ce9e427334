package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.account.internal.PhoneCodes.Pending;
import cn.xinjiuye.portal.account.internal.PhoneCodes.Purpose;
import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.security.Role;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 忘记密码: a worker sets a new password with a code sent to their number. A number without a worker's account is
 * answered the same way (the same page, no code that works), so the page tells nobody which numbers have accounts.
 * Staff accounts are reset by an administrator.
 */
@Service
@RequiredArgsConstructor
public class PasswordRecovery {

    private final AccountRepository accounts;
    private final PhoneCodes codes;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final TransactionTemplate tx;

    /**
     * Stores the request, with a code only for an enabled worker's number; returns the reset page's token. The
     * limits are counted first, each committed on its own.
     */
    public String start(String phone, String address) {
        String number = phone.trim();
        codes.checkLimits(number, address);
        return tx.execute(s -> request(number));
    }

    private String request(String number) {
        Optional<Account> worker =
                accounts.findByUsername(number).filter(a -> a.getRole() == Role.WORKER && a.isEnabled());
        Pending pending = new Pending(number, worker.map(Account::getId).orElse(null), null, null, null);
        return codes.request(Purpose.RESET_PASSWORD, pending, worker.isPresent(), "password-code", null);
    }

    /** The number of a request for the reset page; 404 for a token that is not one. */
    public String phoneOf(String token) {
        return codes.phoneOf(token, Purpose.RESET_PASSWORD, "password reset");
    }

    /** Sets the new password once the code is confirmed (the try committed on its own). */
    public void reset(String token, String code, String newPassword) {
        UUID t = PhoneCodes.token(token).orElseThrow(() -> new FieldRuleException("code", "phonecode.error.expired"));
        Pending pending = codes.attempt(t, Purpose.RESET_PASSWORD, code).orRefuse();
        String passwordHash = passwordEncoder.encode(newPassword);
        tx.executeWithoutResult(s -> setPassword(pending.accountId(), passwordHash));
    }

    private void setPassword(long accountId, String passwordHash) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new FieldRuleException("code", "phonecode.error.expired"));
        account.changePassword(passwordHash, false);
        audit.record(
                AuditAction.PASSWORD_RESET,
                "Account",
                account.getId(),
                "password reset by its owner with a phone code");
    }
}
