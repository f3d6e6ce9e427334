package cn.xinjiuye.portal.inbox.internal;

import cn.xinjiuye.portal.common.security.CurrentUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The unread count of the navigation bar ({@code @inboxBadge.unread()} in the layout, read only for signed-in
 * users): one count on an index per page. A page must not fail because of its badge, so a database error shows none.
 */
@Component("inboxBadge")
public class InboxBadge {

    private static final Logger log = LoggerFactory.getLogger(InboxBadge.class);

    private final NotificationService notifications;

    InboxBadge(NotificationService notifications) {
        this.notifications = notifications;
    }

    public long unread() {
        return CurrentUsers.find()
                .map(user -> {
                    try {
                        return notifications.unread(user.id());
                    } catch (DataAccessException e) {
                        log.warn("unread count not available: {}", e.getMessage());
                        return 0L;
                    }
                })
                .orElse(0L);
    }
}
