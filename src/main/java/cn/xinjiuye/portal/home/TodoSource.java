package cn.xinjiuye.portal.home;

import cn.xinjiuye.portal.common.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;

/**
 * A module's contribution to the 待办 (to-do) panel of the home page: what is due for this user today, each item
 * linking to its page. Implementations live in their module, read only their own tables, apply the user's role and
 * region scope themselves and return nothing for roles they do not serve. Keep it to a few grouped counts.
 */
public interface TodoSource {

    List<TodoItem> todos(CurrentUser user, LocalDate today);
}
