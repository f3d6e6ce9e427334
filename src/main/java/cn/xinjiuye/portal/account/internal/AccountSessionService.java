package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An account's active sessions: administrators see and end them; everyone can sign out of all their devices. */
@Service
@RequiredArgsConstructor
public class AccountSessionService {

    /** The session attribute with the client address of the sign-in ({@code SignInAddressRecorder}). */
    public static final String ADDRESS_ATTRIBUTE = "portal.signInAddress";

    private final AccountRepository accounts;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AccountSessions ending;
    private final AuditService audit;
    private final Clock clock;

    /** The account's sessions that have not expired, the most recently used first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<SessionRow> of(long accountId, String currentSessionId) {
        String username = username(accountId);
        return sessions.findByPrincipalName(username).values().stream()
                .filter(s -> !s.isExpired())
                .sorted(Comparator.comparing(Session::getLastAccessedTime).reversed())
                .map(s -> new SessionRow(
                        AccountSessions.hash(s.getId()),
                        local(s.getCreationTime()),
                        local(s.getLastAccessedTime()),
                        s.getAttribute(ADDRESS_ATTRIBUTE),
                        s.getId().equals(currentSessionId)))
                .toList();
    }

    /** Ends every session of the account; returns how many there were. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int endAll(long accountId) {
        String username = username(accountId);
        int ended = ending.endAll(username, SessionEndReason.ENDED_BY_ADMIN, null);
        audit.record(AuditAction.SIGN_OUT, "Account", accountId, ended + " sessions of " + username + " ended");
        return ended;
    }

    /** Ends one session of the account; false when it has already ended (or the handle names none of its own). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean endOne(long accountId, String handle) {
        String username = username(accountId);
        if (handle == null || !handle.matches("[0-9a-f]{64}")) {
            return false;
        }
        boolean ended = ending.endOne(username, handle, SessionEndReason.ENDED_BY_ADMIN) > 0;
        if (ended) {
            audit.record(AuditAction.SIGN_OUT, "Account", accountId, "a session of " + username + " ended");
        }
        return ended;
    }

    /** 退出所有设备: ends every session of the signed-in user, this one too. */
    @Transactional
    public int endOwnEverywhere() {
        CurrentUser user = CurrentUsers.require();
        int ended = ending.endAll(user.username(), SessionEndReason.SIGNED_OUT_EVERYWHERE, null);
        audit.record(AuditAction.SIGN_OUT, "Account", user.id(), "signed out of all devices (" + ended + " sessions)");
        return ended;
    }

    private String username(long accountId) {
        return accounts.findById(accountId)
                .map(Account::getUsername)
                .orElseThrow(() -> new NotFoundException("account " + accountId));
    }

    private LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, clock.getZone());
    }
}
