package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.limits.RateLimiter;
import cn.xinjiuye.portal.sms.SmsOutbox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Six-digit codes that prove a phone number. A code is stored only as a hash (salted by its request's token); each
 * try is counted by one atomic update that also spends the code when it matches, so parallel guesses cannot get
 * past the tries allowed and a code works once. A request that must not deliver a code (a taken number, a number
 * without an account) gets an empty hash, which no code matches, and looks the same from outside.
 */
@Component
@RequiredArgsConstructor
class PhoneCodes {

    enum Purpose {
        REGISTER,
        RESET_PASSWORD,
        CHANGE_PHONE
    }

    /** A stored request: its token (in the verify page's URL) and the code to send, or null when none is sent. */
    record Issued(UUID token, String code) {}

    /** What a request carries to its confirmation. */
    record Pending(String phone, Long accountId, String displayName, String occupation, String passwordHash) {}

    enum Result {
        OK,
        WRONG,
        EXHAUSTED,
        EXPIRED,
        USED,
        UNKNOWN
    }

    /** The answer to one try; {@link #orRefuse()} turns every failure into the code field's error. */
    record Check(Result result, Pending pending, int triesLeft) {
        Pending orRefuse() {
            return switch (result) {
                case OK -> pending;
                case WRONG ->
                    triesLeft > 0 ? refuse("phonecode.error.wrong", triesLeft) : refuse("phonecode.error.wrongLast");
                case EXHAUSTED -> refuse("phonecode.error.exhausted");
                case EXPIRED, UNKNOWN -> refuse("phonecode.error.expired");
                case USED -> refuse("phonecode.error.used");
            };
        }

        private static Pending refuse(String key, Object... args) {
            throw new FieldRuleException("code", key, args);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final RateLimiter limits;
    private final SmsOutbox sms;
    private final PhoneCodeProperties settings;
    private final Clock clock;

    /**
     * Counts a request against the limits per number and per client address, the same whether the number is known
     * or not; refuses on the phone field when one is spent.
     */
    void checkLimits(String phone, String address) {
        if (!limits.tryAcquire("phone-code-address", address, settings.perAddressPerHour(), HOUR)) {
            throw new FieldRuleException("phone", "phonecode.error.tooManyFromAddress");
        }
        if (!limits.tryAcquire("phone-code-number", phone, settings.perNumberPerMinute(), MINUTE)) {
            throw new FieldRuleException("phone", "phonecode.error.waitAMinute");
        }
        if (!limits.tryAcquire("phone-code-number-day", phone, settings.perNumberPerDay(), DAY)) {
            throw new FieldRuleException("phone", "phonecode.error.tooManyToday");
        }
    }

    /** Stores a request in the caller's transaction; {@code deliverable} false stores one that no code matches. */
    Issued issue(Purpose purpose, String phone, boolean deliverable, Pending pending) {
        UUID token = UUID.randomUUID();
        String code = deliverable ? String.format("%06d", RANDOM.nextInt(1_000_000)) : null;
        Instant now = clock.instant();
        jdbc.update(
                "insert into phone_code (token, purpose, phone, code_hash, expires_at, created_at, account_id, "
                        + "display_name, occupation, password_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                token,
                purpose.name(),
                phone,
                code == null ? "" : hash(token, code),
                Timestamp.from(now.plus(settings.validFor())),
                Timestamp.from(now),
                pending.accountId(),
                pending.displayName(),
                pending.occupation(),
                pending.passwordHash());
        return new Issued(token, code);
    }

    /**
     * {@link #issue Issues} a request and queues its text, in the caller's transaction: the code in the text
     * {@code codeText} when it can be completed, otherwise the text {@code refusedText} (null: none). Returns the
     * verify page's token.
     */
    String request(Purpose purpose, Pending pending, boolean deliverable, String codeText, String refusedText) {
        Issued issued = issue(purpose, pending.phone(), deliverable, pending);
        if (deliverable) {
            sms.queue(pending.phone(), codeText, Map.of("code", issued.code()));
        } else if (refusedText != null) {
            sms.queue(pending.phone(), refusedText, Map.of());
        }
        return issued.token().toString();
    }

    /**
     * One try of {@code code}, committed on its own (a wrong try counts even though the caller's transaction is
     * rolled back by the refusal that follows).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Check attempt(UUID token, Purpose purpose, String code) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Check> tried = jdbc.query(
                """
                update phone_code set tries = tries + 1, used_at = case when code_hash = ? then ?::timestamptz end
                 where token = ? and purpose = ? and used_at is null and tries < ? and expires_at > ?
                returning used_at is not null as matched, tries, phone, account_id, display_name, occupation,
                          password_hash""",
                (rs, n) -> new Check(
                        rs.getBoolean("matched") ? Result.OK : Result.WRONG,
                        new Pending(
                                rs.getString("phone"),
                                (Long) rs.getObject("account_id"),
                                rs.getString("display_name"),
                                rs.getString("occupation"),
                                rs.getString("password_hash")),
                        settings.maxTries() - rs.getInt("tries")),
                hash(token, code == null ? "" : code.trim()),
                now,
                token,
                purpose.name(),
                settings.maxTries(),
                now);
        if (!tried.isEmpty()) {
            return tried.get(0);
        }
        List<Result> why = jdbc.query(
                "select used_at is not null as used, expires_at <= ? as expired, tries >= ? as exhausted "
                        + "from phone_code where token = ? and purpose = ?",
                (rs, n) -> rs.getBoolean("used")
                        ? Result.USED
                        : rs.getBoolean("expired") ? Result.EXPIRED : Result.EXHAUSTED,
                now,
                settings.maxTries(),
                token,
                purpose.name());
        return new Check(why.isEmpty() ? Result.UNKNOWN : why.get(0), null, 0);
    }

    /** The number a request was made for, while it can still be confirmed (the verify page shows it masked). */
    @Transactional(readOnly = true)
    public Optional<String> phoneOf(UUID token, Purpose purpose) {
        return jdbc
                .query(
                        "select phone from phone_code where token = ? and purpose = ?",
                        (rs, n) -> rs.getString(1),
                        token,
                        purpose.name())
                .stream()
                .findFirst();
    }

    /** {@link #phoneOf(UUID, Purpose)} of the token in a page's URL; 404, naming {@code what}, when it is not one. */
    @Transactional(readOnly = true)
    public String phoneOf(String token, Purpose purpose, String what) {
        return token(token)
                .flatMap(t -> phoneOf(t, purpose))
                .orElseThrow(() -> new NotFoundException(what + " " + token));
    }

    /** {@link #phoneOf(UUID, Purpose)} of a request made by this account only (a phone change is its own). */
    @Transactional(readOnly = true)
    public Optional<String> phoneOf(UUID token, Purpose purpose, long accountId) {
        return jdbc
                .query(
                        "select phone from phone_code where token = ? and purpose = ? and account_id = ?",
                        (rs, n) -> rs.getString(1),
                        token,
                        purpose.name(),
                        accountId)
                .stream()
                .findFirst();
    }

    /** Requests whose codes expired before {@code before}; returns how many rows went. */
    @Transactional
    public int purgeExpiredBefore(Instant before) {
        return jdbc.update("delete from phone_code where expires_at < ?", Timestamp.from(before));
    }

    static String hash(UUID token, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((token + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A token from a URL, or empty when it is not one. */
    static Optional<UUID> token(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
