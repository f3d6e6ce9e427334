package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.account.internal.PhoneCodes.Pending;
import cn.xinjiuye.portal.account.internal.PhoneCodes.Purpose;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.security.Role;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A courier, rider or driver registers with their mobile number, which becomes their user name, and proves it with
 * the code sent to it: the account exists (can sign in, and its reports count for the branch and enterprise of the
 * number's owner) only once the code is confirmed. A taken number is answered exactly as a new one; its owner gets a
 * message saying someone tried to register it, and no code can complete that request.
 */
@Service
@RequiredArgsConstructor
public class Registration {

    private final AccountRepository accounts;
    private final PhoneCodes codes;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;

    /**
     * Stores the request and queues its SMS in one transaction; returns the token of the verify page. The limits
     * (committed on their own) and the password's hash come first, outside it, so that no connection is held twice
     * or during the hashing.
     */
    public String start(String phone, String displayName, Occupation occupation, String password, String address) {
        String number = phone.trim();
        codes.checkLimits(number, address);
        // Hashed for a taken number too, so that both answers take as long.
        String passwordHash = passwordEncoder.encode(password);
        return tx.execute(s -> request(number, displayName, occupation, passwordHash));
    }

    private String request(String number, String displayName, Occupation occupation, String passwordHash) {
        boolean taken = accounts.numberTaken(number);
        Pending pending = taken
                ? new Pending(number, null, null, null, null)
                : new Pending(number, null, displayName.trim(), occupation.name(), passwordHash);
        return codes.request(Purpose.REGISTER, pending, !taken, "register-code", "register-taken");
    }

    /** The masked number of a request for the verify page; 404 for a token that is not one. */
    public String phoneOf(String token) {
        return codes.phoneOf(token, Purpose.REGISTER, "registration");
    }

    /**
     * Confirms the code (the try committed on its own) and creates the account; every wrong, expired or spent code is
     * an error on the code.
     */
    public String confirm(String token, String code) {
        UUID t = PhoneCodes.token(token).orElseThrow(() -> new FieldRuleException("code", "phonecode.error.expired"));
        Pending pending = codes.attempt(t, Purpose.REGISTER, code).orRefuse();
        try {
            return tx.execute(s -> create(pending));
        } catch (DataIntegrityViolationException e) {
            // Two codes of the same number confirmed at once: the unique user name let one through.
            throw new FieldRuleException("code", "register.error.registeredMeanwhile");
        }
    }

    private String create(Pending pending) {
        if (accounts.numberTaken(pending.phone())) {
            // Only the number's owner has the code, so saying so reveals nothing.
            throw new FieldRuleException("code", "register.error.registeredMeanwhile");
        }
        accounts.saveAndFlush(new Account(
                pending.phone(),
                pending.displayName(),
                pending.phone(),
                pending.passwordHash(),
                Role.WORKER,
                null,
                Occupation.valueOf(pending.occupation()),
                false));
        return pending.phone();
    }
}
