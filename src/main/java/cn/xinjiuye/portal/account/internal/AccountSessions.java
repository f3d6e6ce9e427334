package cn.xinjiuye.portal.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends sessions in the database (Spring Session's tables), in the transaction of the change that calls for it, so the
 * change and the end of its sessions commit together, on every node at once. Each ended session leaves its reason
 * under the SHA-256 of its id, for the sign-in page to tell the browser that next comes with it.
 */
@Component
@RequiredArgsConstructor
public class AccountSessions {

    /** Sessions of one account, or of every account in a region's subtree, by the account's user name. */
    private static final String OF_ACCOUNT = "principal_name = :username";

    private static final String IN_SUBTREE = "principal_name in (select a.username from account a "
            + "join region r on r.id = a.region_id where r.path like '%/' || :region || '/%')";

    /** A browser may come back days after its session was ended (closed over a weekend); then the reason goes. */
    private static final Duration KEEP_REASONS = Duration.ofDays(7);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /** Ends every session of the account but {@code keepSessionId} (the caller's own, or null for none). */
    @Transactional
    public int endAll(String username, SessionEndReason reason, String keepSessionId) {
        MapSqlParameterSource p = new MapSqlParameterSource("username", username);
        p.addValue("keep", keepSessionId == null ? "" : keepSessionId);
        return end(OF_ACCOUNT + " and session_id <> :keep", p, reason);
    }

    /** Ends one session of the account, named by the hash shown on the administrator's page. */
    @Transactional
    public int endOne(String username, String sessionHash, SessionEndReason reason) {
        MapSqlParameterSource p = new MapSqlParameterSource("username", username);
        p.addValue("hash", sessionHash);
        return end(OF_ACCOUNT + " and " + HASH + " = :hash", p, reason);
    }

    /** Ends every session of every account bound to the region or a region below it. */
    @Transactional
    public int endInSubtree(long regionId, SessionEndReason reason) {
        return end(IN_SUBTREE, new MapSqlParameterSource("region", regionId), reason);
    }

    /** The reason a session was ended, told once: the record goes with the telling. */
    @Transactional
    public Optional<SessionEndReason> takeReason(String sessionId) {
        List<String> reasons = jdbc.queryForList(
                "delete from ended_session where session_hash = :hash returning reason",
                new MapSqlParameterSource("hash", hash(sessionId)),
                String.class);
        return reasons.stream().findFirst().flatMap(SessionEndReason::parse);
    }

    private static final String HASH = "encode(sha256(convert_to(trim(session_id), 'UTF8')), 'hex')";

    private int end(String which, MapSqlParameterSource p, SessionEndReason reason) {
        p.addValue("reason", reason.name());
        p.addValue("now", Timestamp.from(clock.instant()));
        p.addValue("stale", Timestamp.from(clock.instant().minus(KEEP_REASONS)));
        jdbc.update("delete from ended_session where ended_at < :stale", p);
        jdbc.update(
                "insert into ended_session (session_hash, reason, ended_at) select " + HASH
                        + ", :reason, :now from spring_session where " + which
                        + " on conflict (session_hash) do update set reason = excluded.reason, ended_at = excluded.ended_at",
                p);
        return jdbc.update("delete from spring_session where " + which, p);
    }

    /** The SHA-256 (hex) of a session id: how a session is named outside its cookie. */
    static String hash(String sessionId) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(sessionId.trim().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
