package cn.xinjiuye.portal.governance.internal;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows of the case list and the overdue list, read by SQL with the names of community and department joined
 * in: one query for the page and one for the count, whatever the rows. The conditions are those the indexes of V31
 * and V50 were made for (the region subtree as a sub-select, then the optional filters).
 */
@Component
class CaseRows {

    private static final String SELECT = """
            select c.id, c.case_no, c.green_channel, c.description, c.category, c.status, c.started_on, c.due_on,
                   cr.name as community_name, d.name as department_name
              from gov_case c
              join region cr on cr.id = c.community_id
              left join department d on d.id = c.department_id
            """;

    /** The list's scope and filters: region subtree, optional department, status, category, community, number. */
    private static final String SEARCH = """
             where c.community_id in (select r.id from region r where r.path like :prefix || '%')
               and (cast(:departmentId as bigint) is null or c.department_id = cast(:departmentId as bigint))
               and (cast(:status as text) is null or c.status = cast(:status as text))
               and (cast(:category as text) is null or c.category = cast(:category as text))
               and (cast(:communityId as bigint) is null or c.community_id = cast(:communityId as bigint))
               and (cast(:caseNo as text) is null or c.case_no = cast(:caseNo as text))
            """;

    /**
     * Open cases past their due date, a submitted one past its acceptance limit (its due date until accepted), on
     * the covering partial index gov_case_overdue_open_idx (V70).
     */
    private static final String OVERDUE = """
             where c.status in ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS') and c.due_on < cast(:today as date)
               and c.community_id in (select r.id from region r where r.path like :prefix || '%')
               and (cast(:departmentId as bigint) is null or c.department_id = cast(:departmentId as bigint))
            """;

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

    private final NamedParameterJdbcTemplate jdbc;

    CaseRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    Page<CaseRow> search(
            CaseAccessPolicy.Scope scope,
            CaseStatus status,
            CaseCategory category,
            Long communityId,
            String caseNo,
            Pageable pageable) {
        MapSqlParameterSource p = scope(scope)
                .addValue("status", status == null ? null : status.name(), Types.VARCHAR)
                .addValue("category", category == null ? null : category.name(), Types.VARCHAR)
                .addValue("communityId", communityId, Types.BIGINT)
                .addValue("caseNo", caseNo, Types.VARCHAR);
        return page(SEARCH, "order by c.submitted_at desc, c.id desc", p, pageable);
    }

    /** Most overdue first. */
    Page<CaseRow> overdue(CaseAccessPolicy.Scope scope, LocalDate today, Pageable pageable) {
        MapSqlParameterSource p = scope(scope).addValue("today", today, Types.DATE);
        return page(OVERDUE, "order by c.due_on, c.id", p, pageable);
    }

    private static MapSqlParameterSource scope(CaseAccessPolicy.Scope scope) {
        return new MapSqlParameterSource()
                .addValue("prefix", scope.prefix(), Types.VARCHAR)
                .addValue("departmentId", scope.departmentId(), Types.BIGINT);
    }

    private Page<CaseRow> page(String where, String order, MapSqlParameterSource p, Pageable pageable) {
        p.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<CaseRow> rows = jdbc.query(SELECT + where + order + " limit :limit offset :offset", p, ROW);
        return PageableExecutionUtils.getPage(
                rows, pageable, () -> jdbc.queryForObject("select count(*) from gov_case c " + where, p, Long.class));
    }
}
