package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.home.TodoItem;
import cn.xinjiuye.portal.home.TodoSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cases on the to-do panel, in one grouped query: dispatchers (their region subtree) see the cases to accept,
 * assign and verify and the overdue ones; department staff the cases of their department to resolve.
 */
@Component
@RequiredArgsConstructor
class CaseTodos implements TodoSource {

    private static final String COUNTS = "select count(*) filter (where c.status = 'SUBMITTED'), "
            + "count(*) filter (where c.status = 'ACCEPTED'), "
            + "count(*) filter (where c.status in ('ASSIGNED', 'IN_PROGRESS')), "
            + "count(*) filter (where c.status = 'RESOLVED'), "
            + "count(*) filter (where c.status in " + CaseStatus.WITH_DEADLINE_SQL + " and c.due_on < ?) "
            + "from gov_case c ";

    private final JdbcTemplate jdbc;

    @Override
    public List<TodoItem> todos(CurrentUser user, LocalDate today) {
        if (CaseAccessPolicy.DISPATCHERS.contains(user.role())) {
            long[] n = jdbc.queryForObject(
                    COUNTS + "join region r on r.id = c.community_id where r.path like ? || '%'",
                    (rs, i) -> counts(rs),
                    today,
                    user.scopePrefix());
            return items(
                    TodoItem.count("todo.cases.accept", n[0], "/cases?status=SUBMITTED"),
                    TodoItem.count("todo.cases.assign", n[1], "/cases?status=ACCEPTED"),
                    TodoItem.count("todo.cases.verify", n[3], "/cases?status=RESOLVED"),
                    TodoItem.count("todo.cases.overdue", n[4], "/cases/overdue"));
        }
        if (user.role() == Role.DEPARTMENT_STAFF) {
            long[] n = jdbc.queryForObject(
                    COUNTS + "where c.department_id in "
                            + "(select department_id from department_account where account_id = ?)",
                    (rs, i) -> counts(rs),
                    today,
                    user.id());
            return items(
                    TodoItem.count("todo.cases.resolve", n[2], "/cases?status=IN_PROGRESS"),
                    TodoItem.count("todo.cases.overdue", n[4], "/cases"));
        }
        return List.of();
    }

    private static long[] counts(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
    }

    private static List<TodoItem> items(TodoItem... items) {
        return Stream.of(items).filter(Objects::nonNull).toList();
    }
}
