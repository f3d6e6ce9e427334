package cn.xinjiuye.portal.account;

import cn.xinjiuye.portal.common.security.Role;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know of an account: who it is, not how it signs in. The only way into the account table
 * from outside the account module.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AccountDirectory {

    /** An account as other modules see it; {@code phone} is unmasked, so callers mask it before showing it. */
    public record AccountCard(
            long id, String username, String displayName, String phone, Role role, Occupation occupation) {}

    private static final String SELECT = "select id, username, display_name, phone, role, occupation from account ";
    private static final RowMapper<AccountCard> CARD = (rs, n) -> new AccountCard(
            rs.getLong("id"),
            rs.getString("username"),
            rs.getString("display_name"),
            rs.getString("phone"),
            Role.valueOf(rs.getString("role")),
            rs.getString("occupation") == null ? null : Occupation.valueOf(rs.getString("occupation")));

    private final NamedParameterJdbcTemplate jdbc;

    public Optional<AccountCard> byId(long id) {
        return jdbc.query(SELECT + "where id = :id", Map.of("id", id), CARD).stream()
                .findFirst();
    }

    /** The account with this user name, ignoring case and surrounding blanks. */
    public Optional<AccountCard> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query(SELECT + "where lower(username) = lower(:u)", Map.of("u", username.trim()), CARD).stream()
                .findFirst();
    }

    /**
     * The account with this user name when it belongs to a region of the subtree {@code scopePrefix}: a look-up by a
     * staff member that tells nothing of accounts outside their scope.
     */
    public Optional<AccountCard> byUsernameWithin(String username, String scopePrefix) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select a.id, a.username, a.display_name, a.phone, a.role, a.occupation from account a "
                                + "join region r on r.id = a.region_id "
                                + "where lower(a.username) = lower(:u) and r.path like :prefix || '%'",
                        Map.of("u", username.trim(), "prefix", scopePrefix), CARD)
                .stream()
                .findFirst();
    }

    /** The accounts with these user names, keyed by the user name in lower case; unknown names are left out. */
    public Map<String, AccountCard> byUsernames(Collection<String> usernames) {
        Map<String, AccountCard> cards = new HashMap<>();
        List<String> lower = usernames.stream()
                .filter(u -> u != null && !u.isBlank())
                .map(u -> u.trim().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        if (!lower.isEmpty()) {
            jdbc.query(SELECT + "where lower(username) in (:names)", Map.of("names", lower), CARD)
                    .forEach(c -> cards.put(c.username().toLowerCase(Locale.ROOT), c));
        }
        return cards;
    }

    /**
     * The enabled accounts of a role, in one region when {@code regionId} is given (staff belong to one region), so
     * that a job can address "the street staff of this street" or "the administrators".
     */
    public List<Long> enabledIds(Role role, Long regionId) {
        Map<String, Object> p = new HashMap<>(Map.of("role", role.name()));
        String sql = "select id from account where enabled and role = :role";
        if (regionId != null) {
            sql += " and region_id = :region";
            p.put("region", regionId);
        }
        return jdbc.queryForList(sql + " order by id", p, Long.class);
    }

    /** User names of these accounts, ordered by user name; unknown ids are left out. */
    public Map<Long, String> usernames(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<AccountCard> cards = jdbc.query(SELECT + "where id in (:ids) order by username", Map.of("ids", ids), CARD);
        cards.forEach(c -> names.put(c.id(), c.username()));
        return names;
    }
}
