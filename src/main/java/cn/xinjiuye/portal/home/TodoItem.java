package cn.xinjiuye.portal.home;

import java.util.List;

/**
 * One line of the to-do panel: a message key with its arguments (a count first, usually), the page it links to, and
 * whether it is a warning (shown first, in the warning colour).
 */
public record TodoItem(String messageKey, List<Object> args, String link, boolean warning) {

    public TodoItem {
        args = List.copyOf(args);
    }

    /** A count of due things, e.g. {@code count("todo.cases.accept", 3, "/cases?status=SUBMITTED")}; null for 0. */
    public static TodoItem count(String messageKey, long count, String link) {
        return count == 0 ? null : new TodoItem(messageKey, List.of(count), link, false);
    }
}
