package cn.xinjiuye.portal.organization.internal;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which branch and employer a worker belongs to, so that what they do counts for them: a hazard a courier reports
 * counts for the courier's branch and enterprise. Answers with ids only, never personal data.
 */
@Service
@RequiredArgsConstructor
public class Affiliations {

    public record Affiliation(Long branchId, Long enterpriseId) {}

    private final JdbcTemplate jdbc;

    /** The branch and employer on record for a mobile number (the earliest person with it), if any. */
    @Transactional(readOnly = true)
    public Optional<Affiliation> ofPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        List<Affiliation> found = jdbc.query(
                "select branch_id, enterprise_id from person where phone = ? "
                        + "and (branch_id is not null or enterprise_id is not null) order by id limit 1",
                (rs, n) -> new Affiliation((Long) rs.getObject("branch_id"), (Long) rs.getObject("enterprise_id")),
                phone.trim());
        return found.stream().findFirst();
    }

    /** Reports filed by the members of an organization (cases credited to it from CaseFiled events, rejected ones excluded). */
    @Transactional(readOnly = true)
    public long reportsOfBranch(long organizationId) {
        Long n = jdbc.queryForObject(
                "select count(*) from case_credit where branch_id = ? and not rejected", Long.class, organizationId);
        return n == null ? 0 : n;
    }

    /** Reports filed by the workers of an enterprise. */
    @Transactional(readOnly = true)
    public long reportsOfEnterprise(long enterpriseId) {
        Long n = jdbc.queryForObject(
                "select count(*) from case_credit where enterprise_id = ? and not rejected", Long.class, enterpriseId);
        return n == null ? 0 : n;
    }
}
