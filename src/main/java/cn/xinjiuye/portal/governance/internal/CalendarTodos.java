package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.home.TodoItem;
import cn.xinjiuye.portal.home.TodoSource;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Administrators' home page: the warning that next year's holiday arrangement is missing (from 1 November). */
@Component
@RequiredArgsConstructor
class CalendarTodos implements TodoSource {

    private final CalendarYears years;

    @Override
    public List<TodoItem> todos(CurrentUser user, LocalDate today) {
        if (!user.isAdmin()) {
            return List.of();
        }
        return years.missingNextYear(today)
                .map(y ->
                        List.of(new TodoItem("todo.calendar.missing", List.of(y), "/admin/governance?year=" + y, true)))
                .orElse(List.of());
    }
}
