package cn.xinjiuye.portal.home.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.home.TodoItem;
import cn.xinjiuye.portal.home.TodoSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The 待办 panel: the items of every module's {@link TodoSource} for the signed-in user today, warnings first. A
 * source that fails is logged and left out, so one module's trouble does not take the home page down.
 */
@Service
@RequiredArgsConstructor
public class TodoPanel {

    private static final Logger log = LoggerFactory.getLogger(TodoPanel.class);

    private final List<TodoSource> sources;
    private final Clock clock;

    public List<TodoItem> todos(CurrentUser user) {
        if (!user.role().isStaff()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<TodoItem> items = new ArrayList<>();
        for (TodoSource source : sources) {
            try {
                items.addAll(source.todos(user, today));
            } catch (RuntimeException e) {
                log.error("to-do source {} failed for {}", source.getClass().getSimpleName(), user.username(), e);
            }
        }
        items.sort(Comparator.comparing((TodoItem i) -> !i.warning()));
        return items;
    }
}
