package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.time.PortalTime;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators issue Open311 keys: a client's name, the districts it covers, optionally the department whose system
 * it is, and its rate limit. The secret is returned once; only its SHA-256 is kept. Revoking a key is final.
 */
@Service
@RequiredArgsConstructor
public class ApiKeyAdmin {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final RegionService regions;
    private final DepartmentRepository departments;
    private final Clock clock;

    /** A key as the page lists it (never its secret). */
    public record KeyRow(
            long id,
            String name,
            List<String> districts,
            String department,
            int perMinute,
            String issuedBy,
            Instant createdAt,
            Instant lastUsedAt,
            Instant revokedAt) {

        public LocalDateTime createdLocal() {
            return PortalTime.local(createdAt);
        }

        public LocalDateTime lastUsedLocal() {
            return lastUsedAt == null ? null : PortalTime.local(lastUsedAt);
        }

        public LocalDateTime revokedLocal() {
            return revokedAt == null ? null : PortalTime.local(revokedAt);
        }
    }

    /** A department a key may be bound to, with its district's name. */
    public record DepartmentOption(long id, String label) {}

    public record KeysPage(List<KeyRow> keys, List<Region> districts, List<DepartmentOption> departments) {}

    /** A key just issued: the secret is shown this once. */
    /** Shown once after a redirect, so it lives in the session (in PostgreSQL) for one request: serializable. */
    public record IssuedKey(long id, String name, String secret) implements java.io.Serializable {}

    @Transactional(readOnly = true)
    public KeysPage page() {
        List<Region> districts = regions.options(RegionLevel.DISTRICT);
        Map<Long, String> names = districts.stream().collect(Collectors.toMap(Region::getId, Region::getName));
        Map<Long, Department> byId =
                departments.findAll().stream().collect(Collectors.toMap(Department::getId, Function.identity()));
        List<KeyRow> keys = jdbc.query(
                "select * from api_key order by revoked_at is not null, created_at desc, id desc",
                (rs, n) -> new KeyRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        ApiKeys.ids(rs.getArray("district_ids")).stream()
                                .map(id -> names.getOrDefault(id, String.valueOf(id)))
                                .toList(),
                        department(byId.get(rs.getObject("department_id", Long.class))),
                        rs.getInt("per_minute"),
                        rs.getString("issued_by"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))));
        List<DepartmentOption> options = byId.values().stream()
                .filter(Department::isActive)
                .map(d -> new DepartmentOption(
                        d.getId(), names.getOrDefault(d.getDistrictId(), "") + " · " + d.getName()))
                .sorted(java.util.Comparator.comparing(DepartmentOption::label))
                .toList();
        return new KeysPage(keys, districts, options);
    }

    /** Issues a key; a department's key covers the department's district, which must be among those chosen. */
    @Transactional
    public IssuedKey issue(String name, List<Long> districtIds, Long departmentId, Integer perMinute) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return issue(
                name,
                districtIds,
                departmentId,
                perMinute,
                "o311_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Issues a key with this secret: the demo's keys are printed in the README (GovernanceDemoData). */
    @Transactional
    IssuedKey issue(String name, List<Long> districtIds, Long departmentId, Integer perMinute, String secret) {
        String client = CaseFiling.blankToNull(name);
        if (client == null || client.length() > 60) {
            throw new FieldRuleException("name", "open311.key.error.name");
        }
        List<Long> districts = districtIds == null
                ? List.of()
                : districtIds.stream().distinct().toList();
        if (districts.isEmpty()
                || !districts.stream()
                        .allMatch(id -> regions.findById(id)
                                .filter(r -> r.getLevel() == RegionLevel.DISTRICT)
                                .isPresent())) {
            throw new FieldRuleException("districtIds", "open311.key.error.districts");
        }
        if (departmentId != null
                && !departments
                        .findById(departmentId)
                        .filter(d -> districts.contains(d.getDistrictId()))
                        .isPresent()) {
            throw new FieldRuleException("departmentId", "open311.key.error.department");
        }
        int limit = perMinute == null ? 60 : perMinute;
        if (limit < 1 || limit > 10_000) {
            throw new FieldRuleException("perMinute", "open311.key.error.perMinute");
        }
        Long id = jdbc.queryForObject(
                "insert into api_key (name, key_hash, district_ids, department_id, per_minute, issued_by, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                client,
                ApiKeys.sha256(secret),
                districts.toArray(Long[]::new),
                departmentId,
                limit,
                CurrentUsers.actorName(),
                Timestamp.from(clock.instant()));
        return new IssuedKey(id, client, secret);
    }

    @Transactional
    public void revoke(long id) {
        if (jdbc.update(
                        "update api_key set revoked_at = coalesce(revoked_at, ?) where id = ?",
                        Timestamp.from(clock.instant()),
                        id)
                == 0) {
            throw new NotFoundException("api key " + id);
        }
    }

    private static String department(Department d) {
        return d == null ? null : d.getName();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
