package cn.xinjiuye.portal.governance.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The keys of Open311 API clients; only their SHA-256 is stored. */
@Component
public class ApiKeys {

    private final JdbcTemplate jdbc;

    ApiKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The client's name when the key is an active API key. */
    @Transactional(readOnly = true)
    public Optional<String> client(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query(
                "select name from api_key where key_hash = ? and active",
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty(),
                sha256(key.trim()));
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
