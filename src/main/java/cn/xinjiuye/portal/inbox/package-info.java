/**
 * The inbox (站内通知) of every account. Modules address people with {@link cn.xinjiuye.portal.inbox.Inbox#notify},
 * inside the transaction of the event that causes the notice (a rolled-back action leaves none); the account reads
 * its notices at {@code /notifications}, each linking to its record, and the navigation bar shows the unread count.
 * It depends on no other module.
 */
package cn.xinjiuye.portal.inbox;
