package cn.xinjiuye.portal.inbox.internal;

import java.time.LocalDateTime;
import java.util.List;

/** One notice on the inbox page: its text (key and arguments), when it came (portal time) and whether it was read. */
public record NoticeRow(long id, String messageKey, List<String> args, String link, LocalDateTime at, boolean read) {

    public NoticeRow {
        args = List.copyOf(args);
    }

    /** The arguments for {@code #messages.msgWithParams}. */
    public Object[] params() {
        return args.toArray();
    }
}
