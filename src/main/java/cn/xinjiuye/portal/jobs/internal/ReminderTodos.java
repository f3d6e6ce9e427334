package cn.xinjiuye.portal.jobs.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.home.TodoItem;
import cn.xinjiuye.portal.home.TodoSource;
import cn.xinjiuye.portal.jobs.Reminders;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The stored reminders of the signed-in account on the to-do panel, for the days they stay relevant. */
@Component
@RequiredArgsConstructor
class ReminderTodos implements TodoSource {

    private final Reminders reminders;

    @Value("${portal.jobs.reminder-days:14}")
    private final int keepDays;

    @Override
    public List<TodoItem> todos(CurrentUser user, LocalDate today) {
        List<TodoItem> items = new ArrayList<>();
        reminders
                .open(user.id(), today.minusDays(keepDays))
                .forEach(r -> items.add(new TodoItem(r.messageKey(), List.copyOf(r.args()), r.link(), false)));
        return items;
    }
}
