package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.home.TodoItem;
import cn.xinjiuye.portal.home.TodoSource;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The stations of the user's region subtree whose 六有 inspection is overdue, on the to-do panel. */
@Component
@RequiredArgsConstructor
class StationTodos implements TodoSource {

    static final Set<Role> ROLES = EnumSet.of(Role.ADMIN, Role.ORG_STAFF, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);

    private final JdbcTemplate jdbc;
    private final StationProperties properties;

    @Override
    public List<TodoItem> todos(CurrentUser user, LocalDate today) {
        if (!ROLES.contains(user.role())) {
            return List.of();
        }
        long overdue = jdbc.queryForObject(
                "select count(*) from station s join region r on r.id = s.region_id where s.active "
                        + "and r.path like ? || '%' and (s.last_inspected_on is null or s.last_inspected_on < ?)",
                Long.class, user.scopePrefix(), today.minusDays(properties.inspectionIntervalDays()));
        TodoItem item = TodoItem.count("todo.stations.overdue", overdue, "/stations?compliance=OVERDUE");
        return item == null ? List.of() : List.of(item);
    }
}
