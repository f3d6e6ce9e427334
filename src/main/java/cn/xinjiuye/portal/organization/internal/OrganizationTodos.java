package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.home.TodoItem;
import cn.xinjiuye.portal.home.TodoSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Organizational work on the to-do panel, in the same scope as the organization pages ({@link Scope}): region staff
 * their subtree, a branch secretary their own branches. Late feedback letters, branches without a meeting this
 * quarter, and people whose next pipeline step is due (one year as activist, probation ended).
 */
@Component
@RequiredArgsConstructor
class OrganizationTodos implements TodoSource {

    static final Set<Role> ROLES =
            EnumSet.of(Role.ADMIN, Role.ORG_STAFF, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY, Role.BRANCH_SECRETARY);

    /** The branches a user answers for: their subtree, or the branches whose secretary they are. */
    private static final String IN_SCOPE =
            "((cast(? as bigint) is null and r.path like ? || '%') " + "or o.secretary_account_id = cast(? as bigint))";

    private final JdbcTemplate jdbc;
    private final MobileMemberService mobileMembers;

    @Override
    public List<TodoItem> todos(CurrentUser user, LocalDate today) {
        if (!ROLES.contains(user.role())) {
            return List.of();
        }
        Long secretary = Scope.secretaryId(user);
        String prefix = user.scopePrefix();
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        long noMeeting = jdbc.queryForObject(
                "select count(*) from party_organization o join region r on r.id = o.region_id "
                        + "where o.type in ('BRANCH', 'JOINT_BRANCH', 'INDUSTRY_BRANCH') and " + IN_SCOPE
                        + " and not exists (select 1 from party_meeting m where m.branch_id = o.id "
                        + "and m.held_on between ? and ?)",
                Long.class,
                secretary,
                prefix,
                secretary,
                quarterStart,
                today);
        long stepsDue = jdbc.queryForObject(
                """
                select count(*) from person p
                  join party_organization o on o.id = p.branch_id
                  join region r on r.id = o.region_id
                 where p.status_since is not null and
                """ + IN_SCOPE + """
                   and ((p.political_status = 'ACTIVIST' and p.status_since + make_interval(months => ?) <= ?)
                     or (p.political_status = 'PROBATIONARY' and """ + OrganizationJobs.PROBATION_ENDS + " <= ?))",
                Long.class,
                secretary,
                prefix,
                secretary,
                PipelineService.ACTIVIST_MONTHS,
                today,
                PipelineService.PROBATION_MONTHS,
                today);
        long lateLetters = mobileMembers.late(prefix, secretary, today).size();
        List<TodoItem> items = new ArrayList<>();
        add(items, TodoItem.count("todo.letters.late", lateLetters, "/mobile-members"));
        add(items, TodoItem.count("todo.meetings.missing", noMeeting, "/organizations"));
        add(items, TodoItem.count("todo.pipeline.due", stepsDue, "/people"));
        return items;
    }

    private static void add(List<TodoItem> items, TodoItem item) {
        if (item != null) {
            items.add(item);
        }
    }
}
