package cn.xinjiuye.portal.account;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.limits.RateLimiter;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Sign-in limits that cannot be turned against a user: attempts count per user name <em>and</em> client address, so
 * nobody elsewhere can lock {@code admin} out; a key locks after too many attempts and each further lockout lasts
 * longer (the backoff); attempts while locked are refused without being counted, so they never extend a lock; and
 * failed sign-ins from one address across any number of names are throttled (password spraying). Every attempt is
 * counted before its password is checked, by the atomic {@link RateLimiter}, so parallel attempts cannot overshoot a
 * limit; a success gives its count back. Unknown user names are counted and locked alike: nothing tells who exists.
 * Outcomes are still written to the audit log.
 */
@Service
public class SignInAttempts {

    static final String NAME_BUCKET = "sign-in-name";
    static final String ADDRESS_BUCKET = "sign-in-address";

    /** A key not locked for a day starts again at the first (shortest) lockout. */
    static final Duration BACKOFF_MEMORY = Duration.ofDays(1);

    /** Whether an attempt may check its password. */
    public enum Verdict {
        ALLOWED,
        /** Too many attempts for this user name from this address. */
        LOCKED,
        /** Too many failed sign-ins from this address, whatever the names. */
        THROTTLED
    }

    /** The verdict before the password is checked; when refused, the minutes to wait. */
    public record Admission(Verdict verdict, long minutes) {

        static final Admission ALLOWED = new Admission(Verdict.ALLOWED, 0);

        public boolean allowed() {
            return verdict == Verdict.ALLOWED;
        }
    }

    private record Lockout(Instant lockedUntil, int lockouts, Instant lockedAt) {}

    private final AuditService audit;
    private final RateLimiter limiter;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final List<Duration> backoff;
    private final int perAddress;
    private final Duration addressWindow;

    SignInAttempts(
            AuditService audit,
            RateLimiter limiter,
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${portal.security.max-failed-sign-ins:5}") int maxFailures,
            @Value("${portal.security.lockout-window:15m}") Duration window,
            @Value("${portal.limits.sign-in.lockout-backoff:1m,5m,15m,1h}") List<Duration> backoff,
            @Value("${portal.limits.sign-in.failures-per-address:20}") int perAddress,
            @Value("${portal.limits.sign-in.address-window:15m}") Duration addressWindow) {
        if (maxFailures < 1 || perAddress < 1 || backoff.isEmpty()) {
            throw new IllegalStateException("portal.security.max-failed-sign-ins and "
                    + "portal.limits.sign-in.failures-per-address must be at least 1, lockout-backoff not empty");
        }
        this.audit = audit;
        this.limiter = limiter;
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.backoff = List.copyOf(backoff);
        this.perAddress = perAddress;
        this.addressWindow = addressWindow;
    }

    /**
     * Counts an attempt of {@code username} from {@code address} and answers whether its password may be checked.
     * Runs outside any transaction of the caller: every count is committed at once, on its own.
     */
    public Admission admit(String username, String address) {
        String key = key(username, address);
        Optional<Lockout> lockout = lockout(key);
        if (lockout.isPresent() && lockout.get().lockedUntil().isAfter(clock.instant())) {
            return new Admission(Verdict.LOCKED, minutesUntil(lockout.get().lockedUntil()));
        }
        String addr = address(address);
        if (limiter.hit(ADDRESS_BUCKET, addr, addressWindow) > perAddress) {
            return new Admission(Verdict.THROTTLED, minutesUntil(limiter.windowEnd(addressWindow)));
        }
        // The count of this lockout level: attempts that raced past the lock check above land in it, over the limit.
        int level = lockout.filter(this::remembered).map(Lockout::lockouts).orElse(0);
        int n = limiter.hit(NAME_BUCKET, key + "#" + level, window);
        if (n <= maxFailures) {
            return Admission.ALLOWED;
        }
        limiter.release(ADDRESS_BUCKET, addr, addressWindow);
        Duration lockFor = backoff.get(Math.min(level, backoff.size() - 1));
        if (n == maxFailures + 1) {
            lock(key, level + 1, lockFor);
        }
        return new Admission(Verdict.LOCKED, minutesUntil(clock.instant().plus(lockFor)));
    }

    /** A correct password: audited, and the key's and the address's counts forgotten. */
    public void succeeded(String username, String address) {
        audit(username, AuditAction.SIGN_IN_SUCCESS, "signed in");
        String key = key(username, address);
        int levels = lockout(key).map(Lockout::lockouts).orElse(0);
        for (int level = 0; level <= levels; level++) {
            limiter.clear(NAME_BUCKET, key + "#" + level);
        }
        jdbc.update("delete from sign_in_lockout where limit_key = ?", key);
        limiter.release(ADDRESS_BUCKET, address(address), addressWindow);
    }

    /** Audits a failed or refused attempt ({@code reason}: error, locked, throttled, disabled); already counted. */
    public void failed(String username, String reason) {
        audit(username, AuditAction.SIGN_IN_FAILURE, reason);
    }

    public void signedOut(String username) {
        audit(username, AuditAction.SIGN_OUT, "signed out");
    }

    /** The longest a lockout lasts, in minutes (an upper bound for a message). */
    public long longestWaitMinutes() {
        Duration longest = backoff.stream().max(Duration::compareTo).orElse(window);
        return Math.max(longest.toMinutes(), addressWindow.toMinutes());
    }

    /** Outside any transaction (the sign-in filter has none): each statement commits on its own. */
    private void audit(String username, AuditAction action, String summary) {
        audit.recordAs(normalize(username), action, "Account", null, summary);
    }

    private void lock(String key, int lockouts, Duration lockFor) {
        Instant now = clock.instant();
        jdbc.update("""
                insert into sign_in_lockout (limit_key, lockouts, locked_at, locked_until) values (?, ?, ?, ?)
                on conflict (limit_key) do update
                   set lockouts = excluded.lockouts, locked_at = excluded.locked_at, locked_until = excluded.locked_until
                """, key, lockouts, Timestamp.from(now), Timestamp.from(now.plus(lockFor)));
        // Lockouts are rare: forgetting old ones here keeps the table small without a job of its own.
        jdbc.update("delete from sign_in_lockout where locked_at < ?", Timestamp.from(now.minus(BACKOFF_MEMORY)));
    }

    private Optional<Lockout> lockout(String key) {
        return jdbc
                .query(
                        "select locked_until, lockouts, locked_at from sign_in_lockout where limit_key = ?",
                        (rs, i) -> new Lockout(
                                rs.getTimestamp(1).toInstant(),
                                rs.getInt(2),
                                rs.getTimestamp(3).toInstant()),
                        key)
                .stream()
                .findFirst();
    }

    private boolean remembered(Lockout lockout) {
        return lockout.lockedAt().isAfter(clock.instant().minus(BACKOFF_MEMORY));
    }

    private long minutesUntil(Instant until) {
        long seconds = Duration.between(clock.instant(), until).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }

    private static String key(String username, String address) {
        return normalize(username).toLowerCase(Locale.ROOT) + "@" + address(address);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private static String normalize(String username) {
        String s = username == null ? "" : username.trim();
        return s.length() > 100 ? s.substring(0, 100) : s;
    }
}
