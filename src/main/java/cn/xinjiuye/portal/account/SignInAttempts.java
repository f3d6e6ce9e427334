package cn.xinjiuye.portal.account;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in outcomes in the audit log and locks a user name after too many failures in the window.
 * Unknown user names are counted and locked alike, so the lockout reveals nothing about who exists.
 */
@Service
public class SignInAttempts {

    private final AuditService audit;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    SignInAttempts(
            AuditService audit,
            @Value("${portal.security.max-failed-sign-ins:5}") int maxFailures,
            @Value("${portal.security.lockout-window:15m}") Duration window,
            Clock clock) {
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Instant since = clock.instant().minus(window);
        return audit.recentSignInFailures(normalize(username), since) >= maxFailures;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        audit.recordAs(normalize(username), AuditAction.SIGN_IN_SUCCESS, "Account", null, "signed in");
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String reason) {
        audit.recordAs(normalize(username), AuditAction.SIGN_IN_FAILURE, "Account", null, reason);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedOut(String username) {
        audit.recordAs(normalize(username), AuditAction.SIGN_OUT, "Account", null, "signed out");
    }

    public long lockoutMinutes() {
        return window.toMinutes();
    }

    private static String normalize(String username) {
        String s = username == null ? "" : username.trim();
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
