package cn.xinjiuye.portal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.account.internal.AccountService;
import cn.xinjiuye.portal.jobs.Reminder;
import cn.xinjiuye.portal.jobs.Reminders;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.SqlStatements;
import cn.xinjiuye.portal.support.TestDates;
import cn.xinjiuye.portal.support.TestValues;
import cn.xinjiuye.portal.support.TestWorkers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox on PostgreSQL: one notice per account in the caller's transaction (none when it rolls back), read and
 * unread, paging, the navigation bar's count, and scope (another account's notice is a 404).
 */
@IntegrationTest
class InboxIntegrationTest extends PortalIntegrationTest {

    @Autowired
    Inbox inbox;

    @Autowired
    Reminders reminders;

    @Autowired
    AccountService accounts;

    @Autowired
    PlatformTransactionManager transactions;

    /** A new worker account; its phone is its user name. */
    String newWorker() {
        String phone = TestValues.mobile();
        TestWorkers.create(jdbc, phone, "测试师傅", Occupation.COURIER);
        return phone;
    }

    long idOf(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    UserDetails as(String username) {
        return users.loadUserByUsername(username);
    }

    int notices(long accountId) {
        return jdbc.queryForObject("select count(*) from notification where account_id = ?", Integer.class, accountId);
    }

    long noticeId(long accountId, String link) {
        return jdbc.queryForObject(
                "select id from notification where account_id = ? and link = ?", Long.class, accountId, link);
    }

    String html(String url, String username) throws Exception {
        return mvc.perform(get(url).with(user(as(username))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void eachAccountGetsOneNoticeAndADedupeKeyKeepsItOnce() {
        long a = idOf(newWorker());
        long b = idOf(newWorker());

        assertThat(inbox.notify(List.of(a, b, a), Notice.of("notice.case.assigned", "/cases/1", "GZ1")))
                .isEqualTo(2);
        Notice once = new Notice("notice.case.supervised", List.of("GZ2"), "/cases/2", TestValues.name("k"));
        assertThat(inbox.notify(List.of(a), once)).isEqualTo(1);
        assertThat(inbox.notify(List.of(a), once)).isZero();

        assertThat(notices(a)).isEqualTo(2);
        assertThat(notices(b)).isEqualTo(1);
    }

    @Test
    void aRolledBackActionLeavesNoNotice() {
        long a = idOf(newWorker());
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            inbox.notify(List.of(a), Notice.of("notice.case.assigned", "/cases/3", "GZ3"));
            tx.setRollbackOnly();
        });
        assertThat(notices(a)).isZero();
    }

    @Test
    void aNoticeLinksOnlyIntoThePortal() {
        assertThatThrownBy(() -> Notice.of("notice.case.assigned", "https://evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Notice.of("notice.case.assigned", "//evil.example/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewReminderIsAlsoANoticeOnce() {
        long a = idOf(newWorker());
        Reminder r = new Reminder(
                a, "reminder.case.dueSoon", List.of("GZ9", "2026-12-02"), "/cases/9", TestDates.today(), "due-9");
        assertThat(reminders.remind(r)).isTrue();
        assertThat(reminders.remind(r)).isFalse();
        assertThat(jdbc.queryForList(
                        "select message_key || ' ' || args || ' ' || link from notification where account_id = ?",
                        String.class,
                        a))
                .containsExactly("reminder.case.dueSoon GZ9\u001f2026-12-02 /cases/9");
    }

    @Test
    void theInboxShowsTheCountPagesAndMarksRead() throws Exception {
        String worker = newWorker();
        long a = idOf(worker);
        for (int i = 1; i <= 3; i++) {
            inbox.notify(List.of(a), Notice.of("notice.case.assigned", "/cases/" + (100 + i), "GZ" + i));
        }

        String first = html("/notifications?size=2", worker);
        assertThat(first)
                .contains("id=\"nav-unread\"")
                .contains(">3</span>")
                .contains("工单 GZ3 已派给本部门办理")
                .contains("工单 GZ2")
                .doesNotContain("工单 GZ1 ")
                .contains("未读 3 条");
        assertThat(html("/notifications?size=2&page=1", worker))
                .contains("工单 GZ1 ")
                .doesNotContain("工单 GZ3 ");
        assertThat(html("/notifications?lang=en", worker)).contains("Case GZ3 was assigned to your department");

        // Opening a notice goes to its record and marks it read.
        long third = noticeId(a, "/cases/103");
        mvc.perform(get("/notifications/{id}", third).with(user(as(worker)))).andExpect(redirectedUrl("/cases/103"));
        long second = noticeId(a, "/cases/102");
        mvc.perform(post("/notifications/{id}/read", second).with(csrf()).with(user(as(worker))))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(unread(a)).isEqualTo(1);
        assertThat(html("/notifications", worker)).contains("未读 1 条").contains("id=\"read-all\"");

        mvc.perform(post("/notifications/read-all").with(user(as(worker)))).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/read-all").with(csrf()).with(user(as(worker))))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(unread(a)).isZero();
        assertThat(html("/notifications", worker))
                .doesNotContain("id=\"nav-unread\"")
                .contains("未读 0 条");
    }

    int unread(long accountId) {
        return jdbc.queryForObject(
                "select count(*) from notification where account_id = ? and read_at is null", Integer.class, accountId);
    }

    @Test
    void anotherAccountsNoticeIsNotFound() throws Exception {
        String owner = newWorker();
        String other = newWorker();
        inbox.notify(List.of(idOf(owner)), Notice.of("notice.case.assigned", "/cases/200", "GZ200"));
        long id = noticeId(idOf(owner), "/cases/200");

        mvc.perform(get("/notifications/{id}", id).with(user(as(other)))).andExpect(status().isNotFound());
        mvc.perform(post("/notifications/{id}/read", id).with(csrf()).with(user(as(other))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/read-all").with(csrf()).with(user(as(other))));
        assertThat(html("/notifications", other)).doesNotContain("GZ200");
        assertThat(unread(idOf(owner))).isEqualTo(1);
        mvc.perform(get("/notifications")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theCountCostsNothingForAVisitorAndDoesNotGrowWithTheNotices() throws Exception {
        String username = newWorker();
        UserDetails worker = as(username);
        long anonymous = SqlStatements.during(() -> mvc.perform(get("/privacy")).andExpect(status().isOk()));
        assertThat(anonymous).isZero();
        long none = SqlStatements.during(
                () -> mvc.perform(get("/privacy").with(user(worker))).andExpect(status().isOk()));
        for (int i = 0; i < 30; i++) {
            inbox.notify(List.of(idOf(username)), Notice.of("notice.case.assigned", "/cases/" + (300 + i), "GZ" + i));
        }
        long thirty = SqlStatements.during(
                () -> mvc.perform(get("/privacy").with(user(worker))).andExpect(status().isOk()));
        // The one count, beside Spring Session's read and write of the session row (sessions live in PostgreSQL).
        assertThat(thirty).isEqualTo(none).isLessThanOrEqualTo(3);
    }
}
