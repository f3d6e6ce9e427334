package cn.xinjiuye.portal.governance.internal;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of the case list and the overdue list, read by SQL with the names of community and department joined
 * in: one query for the page and one for the count, whatever the rows. Only the filters that are set become
 * conditions, so each query gets a plan of its own.
 *
 * <p>A list over many communities (a street's, a district's) reads each community's newest cases from its index
 * (gov_case_community_idx and its status and category siblings) and merges them, so its time depends on the number
 * of communities and the page, never on the number of cases or on how they are spread. Its count stops at
 * {@link #COUNT_CAP}: beyond that the list says "more than" instead of counting a million rows for each page.
 */
@Component
@RequiredArgsConstructor
class CaseRows {

    /** How far the case list counts; its pager reaches the pages of these rows. */
    static final int COUNT_CAP = 10_000;

    private static final String COLUMNS = """
            select c.id, c.case_no, c.green_channel, c.description, c.category, c.status, c.started_on, c.due_on,
                   cr.name as community_name, d.name as department_name
            """;

    private static final String SUBTREE = "(select r.id from region r where r.path like :prefix || '%')";

    /**
     * Open cases past their due date, a submitted one past its acceptance limit (its due date until accepted), on
     * the covering partial index gov_case_overdue_open_idx (V70).
     */
    private static final String OVERDUE = """
             where c.status in %s and c.due_on < cast(:today as date)
               and c.community_id in %s
            """.formatted(CaseStatus.WITH_DEADLINE_SQL, SUBTREE);

    private static final String NEWEST_FIRST = " order by c.submitted_at desc, c.id desc";

    private static final RowMapper<CaseRow> ROW = (rs, n) -> new CaseRow(
            rs.getLong("id"),
            rs.getString("case_no"),
            rs.getBoolean("green_channel"),
            rs.getString("description"),
            CaseCategory.valueOf(rs.getString("category")),
            CaseStatus.valueOf(rs.getString("status")),
            rs.getObject("started_on", LocalDate.class),
            rs.getObject("due_on", LocalDate.class),
            rs.getString("community_name"),
            rs.getString("department_name"),
            null);

    /** A case map's point by its columns' names (case_no is caseNo); its light is set afterwards. */
    private static final RowMapper<CasePoint> POINT = new DataClassRowMapper<>(CasePoint.class);

    private final NamedParameterJdbcTemplate jdbc;

    /** A page of the case list and whether its count stopped at {@link #COUNT_CAP}. */
    record Found(Page<CaseRow> page, boolean countCapped) {}

    /** Newest first; null filters are not applied. */
    Found search(
            CaseAccessPolicy.Scope scope,
            CaseStatus status,
            CaseCategory category,
            Long communityId,
            String caseNo,
            Pageable asked) {
        // The pager reaches the counted rows only; a page number typed beyond them gets the last of those pages.
        int lastPage = (COUNT_CAP - 1) / asked.getPageSize();
        Pageable pageable = asked.getPageNumber() <= lastPage
                ? asked
                : PageRequest.of(lastPage, asked.getPageSize(), asked.getSort());
        MapSqlParameterSource p = scope(scope)
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset())
                .addValue("reach", pageable.getOffset() + pageable.getPageSize())
                .addValue("countTo", COUNT_CAP + 1);
        List<String> filters = filters(p, scope, status, category, communityId);
        filter(filters, p, "c.case_no = :caseNo", "caseNo", caseNo, Types.VARCHAR);
        String and = filters.stream().map(f -> " and " + f).reduce("", String::concat);
        // Many communities, and no department, community or number that an index narrows better: merge the
        // communities' newest.
        boolean perCommunity = scope.departmentId() == null && communityId == null && caseNo == null;
        String rowsSql;
        String countSql;
        if (perCommunity) {
            String newest =
                    " from region cr cross join lateral (select c.* from gov_case c where c.community_id = cr.id" + and
                            + NEWEST_FIRST + " limit :reach) c";
            rowsSql = COLUMNS + newest + " left join department d on d.id = c.department_id"
                    + " where cr.path like :prefix || '%'" + NEWEST_FIRST + " limit :limit offset :offset";
            countSql = "select count(*) from (select 1 from region cr cross join lateral (select 1 from gov_case c"
                    + " where c.community_id = cr.id" + and + ") c where cr.path like :prefix || '%' limit :countTo) x";
        } else {
            String where = " where c.community_id in " + SUBTREE + and;
            rowsSql = COLUMNS + " from gov_case c join region cr on cr.id = c.community_id"
                    + " left join department d on d.id = c.department_id" + where + NEWEST_FIRST
                    + " limit :limit offset :offset";
            countSql = "select count(*) from (select 1 from gov_case c" + where + " limit :countTo) x";
        }
        List<CaseRow> rows = jdbc.query(rowsSql, p, ROW);
        long[] counted = {-1};
        Page<CaseRow> page = PageableExecutionUtils.getPage(rows, pageable, () -> {
            counted[0] = jdbc.queryForObject(countSql, p, Long.class);
            return Math.min(counted[0], COUNT_CAP);
        });
        return new Found(page, counted[0] > COUNT_CAP);
    }

    /** The conditions of the filters that are set (the department's for department staff), their values into p. */
    private static List<String> filters(
            MapSqlParameterSource p,
            CaseAccessPolicy.Scope scope,
            CaseStatus status,
            CaseCategory category,
            Long communityId) {
        List<String> filters = new ArrayList<>();
        filter(filters, p, "c.department_id = :departmentId", "departmentId", scope.departmentId(), Types.BIGINT);
        filter(filters, p, "c.status = :status", "status", status == null ? null : status.name(), Types.VARCHAR);
        filter(
                filters,
                p,
                "c.category = :category",
                "category",
                category == null ? null : category.name(),
                Types.VARCHAR);
        filter(filters, p, "c.community_id = :communityId", "communityId", communityId, Types.BIGINT);
        return filters;
    }

    private static void filter(
            List<String> filters, MapSqlParameterSource p, String condition, String name, Object value, int type) {
        if (value != null) {
            filters.add(condition);
            p.addValue(name, value, type);
        }
    }

    /**
     * The newest located cases of the scope for the case map, with the list's filters (null: any), at most
     * {@code limit}; on gov_case_community_idx per community like the list.
     */
    List<CasePoint> points(
            CaseAccessPolicy.Scope scope, CaseStatus status, CaseCategory category, Long communityId, int limit) {
        MapSqlParameterSource p = scope(scope).addValue("limit", limit);
        List<String> filters = filters(p, scope, status, category, communityId);
        String and = filters.stream().map(f -> " and " + f).reduce("", String::concat);
        return jdbc.query(
                "select c.id, c.case_no, c.lat, c.lng, c.category, c.status, c.started_on, c.due_on,"
                        + " cast(null as varchar) as light from gov_case c"
                        + " where c.lat is not null and c.community_id in " + SUBTREE + and + NEWEST_FIRST
                        + " limit :limit",
                p,
                POINT);
    }

    /** Most overdue first. */
    Page<CaseRow> overdue(CaseAccessPolicy.Scope scope, LocalDate today, Pageable pageable) {
        MapSqlParameterSource p = scope(scope)
                .addValue("today", today, Types.DATE)
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        String where =
                OVERDUE + (scope.departmentId() == null ? "" : " and c.department_id = cast(:departmentId as bigint)");
        List<CaseRow> rows = jdbc.query(
                COLUMNS + " from gov_case c join region cr on cr.id = c.community_id"
                        + " left join department d on d.id = c.department_id" + where
                        + " order by c.due_on, c.id limit :limit offset :offset",
                p,
                ROW);
        return PageableExecutionUtils.getPage(
                rows, pageable, () -> jdbc.queryForObject("select count(*) from gov_case c " + where, p, Long.class));
    }

    private static MapSqlParameterSource scope(CaseAccessPolicy.Scope scope) {
        return new MapSqlParameterSource()
                .addValue("prefix", scope.prefix(), Types.VARCHAR)
                .addValue("departmentId", scope.departmentId(), Types.BIGINT);
    }
}
