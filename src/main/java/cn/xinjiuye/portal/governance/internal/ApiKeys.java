package cn.xinjiuye.portal.governance.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The keys of Open311 API clients; only their SHA-256 is stored. Each use is recorded as the key's last use. */
@Component
@RequiredArgsConstructor
public class ApiKeys {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * The client when the key is active and not revoked; its last use becomes now, committed on its own (a read-only
     * request still records it, a failing one too).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<ApiClient> use(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query(
                """
                update api_key set last_used_at = ?
                 where key_hash = ? and active and revoked_at is null
                returning id, name, district_ids, department_id, per_minute
                """,
                rs -> rs.next()
                        ? Optional.of(new ApiClient(
                                rs.getLong("id"),
                                rs.getString("name"),
                                ids(rs.getArray("district_ids")),
                                rs.getObject("department_id", Long.class),
                                rs.getInt("per_minute")))
                        : Optional.<ApiClient>empty(),
                Timestamp.from(clock.instant()),
                sha256(key.trim()));
    }

    static List<Long> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
