package cn.xinjiuye.portal.governance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the Open311 reads: requests and timeline updates, newest first, in a district's subtree (or all), only
 * public ones for a reader without a key. Only the filters that are set become conditions.
 */
@Component
@RequiredArgsConstructor
class Open311Rows {

    private static final String CASE_COLUMNS = """
            select c.case_no, c.status, c.reject_reason, c.resolution_note, c.category, c.description, c.public_text,
                   d.name as department_name, c.submitted_at, c.updated_at, c.due_on, c.address, c.address_id,
                   cr.name as community_name, c.lat, c.lng, c.media_url
              from gov_case c join region cr on cr.id = c.community_id left join department d on d.id = c.department_id
            """;

    private static final RowMapper<ApiCase> CASE = (rs, n) -> new ApiCase(
            rs.getString("case_no"),
            CaseStatus.valueOf(rs.getString("status")),
            rs.getString("reject_reason"),
            rs.getString("resolution_note"),
            CaseCategory.valueOf(rs.getString("category")),
            rs.getString("description"),
            rs.getString("public_text"),
            rs.getString("department_name"),
            rs.getTimestamp("submitted_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(),
            rs.getObject("due_on", LocalDate.class),
            rs.getString("address"),
            rs.getString("address_id"),
            rs.getString("community_name"),
            rs.getObject("lat", Double.class),
            rs.getObject("lng", Double.class),
            rs.getString("media_url"));

    private final NamedParameterJdbcTemplate jdbc;

    /** What the reader may see and what was asked; empty lists and null bounds are not applied. */
    record CaseQuery(
            Open311Access.Reader reader,
            Collection<String> caseNos,
            Collection<CaseCategory> categories,
            Collection<CaseStatus> statuses,
            Open311Params.Window window,
            Open311Params.Paging paging) {}

    List<ApiCase> cases(CaseQuery q) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        List<String> where = scope(q.reader(), p);
        if (!q.caseNos().isEmpty()) {
            where.add("c.case_no in (:caseNos)");
            p.addValue("caseNos", q.caseNos());
        }
        if (!q.categories().isEmpty()) {
            where.add("c.category in (:categories)");
            p.addValue("categories", q.categories().stream().map(Enum::name).toList());
        }
        if (!q.statuses().isEmpty()) {
            where.add("c.status in (:statuses)");
            p.addValue("statuses", q.statuses().stream().map(Enum::name).toList());
        }
        if (q.window() != null) {
            where.add("c.submitted_at >= :from and c.submitted_at < :to");
            p.addValue("from", utc(q.window().from()));
            p.addValue("to", utc(q.window().to()));
        }
        p.addValue("limit", q.paging().limit()).addValue("offset", q.paging().offset());
        return jdbc.query(
                CASE_COLUMNS + where(where) + " order by c.submitted_at desc, c.id desc limit :limit offset :offset",
                p,
                CASE);
    }

    /** Steps of the given actions in the window, oldest first; a reader without a key gets public steps only. */
    List<ApiUpdate> updates(
            Open311Access.Reader reader,
            Collection<CaseAction> actions,
            Open311Params.Window window,
            Open311Params.Paging paging) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("actions", actions.stream().map(Enum::name).toList())
                .addValue("from", utc(window.from()))
                .addValue("to", utc(window.to()))
                .addValue("limit", paging.limit())
                .addValue("offset", paging.offset());
        List<String> where = scope(reader, p);
        where.add("e.action in (:actions) and e.at >= :from and e.at < :to");
        if (!reader.keyed()) {
            where.add("e.public_step");
        }
        return jdbc.query(
                "select e.id, c.case_no, e.action, e.note, e.at from case_event e join gov_case c on c.id = e.case_id"
                        + " join region cr on cr.id = c.community_id" + where(where)
                        + " order by e.at, e.id limit :limit offset :offset",
                p,
                (rs, n) -> new ApiUpdate(
                        rs.getLong("id"),
                        rs.getString("case_no"),
                        CaseAction.valueOf(rs.getString("action")),
                        rs.getString("note"),
                        rs.getTimestamp("at").toInstant()));
    }

    private static List<String> scope(Open311Access.Reader reader, MapSqlParameterSource p) {
        List<String> where = new ArrayList<>();
        if (!reader.prefixes().isEmpty()) {
            where.add("cr.path like :prefix || '%'");
            p.addValue("prefix", reader.prefixes().get(0));
        }
        if (!reader.keyed()) {
            where.add("c.public_visible");
        }
        return where;
    }

    /** A timestamptz parameter (the JDBC driver binds OffsetDateTime as such). */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }
}
