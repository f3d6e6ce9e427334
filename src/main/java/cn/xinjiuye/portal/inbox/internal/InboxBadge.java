package cn.xinjiuye.portal.inbox.internal;

import cn.xinjiuye.portal.common.UnreadNotices;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * The unread count of the navigation bar ({@code nav.unread}, asked by {@code NavBar} for signed-in users only): one
 * count on an index per page. A page must not fail because of its badge, so a database error shows none.
 */
@Component
@RequiredArgsConstructor
class InboxBadge implements UnreadNotices {

    private static final Logger log = LoggerFactory.getLogger(InboxBadge.class);

    private final NotificationService notifications;

    @Override
    public long unread(long accountId) {
        try {
            return notifications.unread(accountId);
        } catch (DataAccessException | TransactionException e) {
            log.warn("unread count not available: {}", e.getMessage());
            return 0;
        }
    }
}
