package cn.xinjiuye.portal.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.account.internal.AccountService;
import cn.xinjiuye.portal.support.ClientAddress;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.SqlStatements;
import cn.xinjiuye.portal.support.TestClock;
import cn.xinjiuye.portal.support.TestValues;
import cn.xinjiuye.portal.support.TestWorkers;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;

/** 我的上报: a worker sees their own cases, ten a page, with status and public steps; nobody else's, and staff none. */
@IntegrationTest
class MyCasesIntegrationTest extends PortalIntegrationTest {

    @Autowired
    AccountService accounts;

    UserDetails newWorker() {
        String phone = TestValues.mobile();
        TestWorkers.create(jdbc, phone, "赵师傅", Occupation.COURIER);
        return users.loadUserByUsername(phone);
    }

    /** Files a report signed in as the worker; its case number. */
    String file(UserDetails worker) throws Exception {
        String description = TestValues.name("我的上报测试 井盖缺失 ");
        long community = jdbc.queryForObject("select id from region where code = '210302011001'", Long.class);
        mvc.perform(multipart("/public/cases/new")
                        .with(csrf())
                        .with(user(worker))
                        // An address of its own: reports from one address are limited (30 an hour).
                        .with(ClientAddress.of(TestValues.address()))
                        .param("source", "SNAPSHOT")
                        .param("category", "PUBLIC_FACILITIES")
                        .param("description", description)
                        .param("communityId", String.valueOf(community)))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select case_no from gov_case where description = ?", String.class, description);
    }

    String page(String url, UserDetails who) throws Exception {
        return mvc.perform(get(url).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aWorkerSeesOnlyTheirOwnCasesTenAPage() throws Exception {
        UserDetails me = newWorker();
        UserDetails other = newWorker();
        List<String> mine = new ArrayList<>();
        // A worker may file 10 reports an hour: the eleventh an hour later.
        for (int i = 0; i < 10; i++) {
            mine.add(file(me));
        }
        try {
            TestClock.setBeijing(LocalDateTime.now(TestClock.INSTANCE).plusMinutes(61));
            mine.add(file(me));
        } finally {
            TestClock.reset();
        }
        String theirs = file(other);

        String first = page("/my/cases", me);
        assertThat(first)
                .contains("id=\"my-case-" + mine.get(10) + "\"")
                .contains("id=\"my-case-" + mine.get(1) + "\"")
                .doesNotContain("id=\"my-case-" + mine.get(0) + "\"")
                .doesNotContain(theirs)
                .contains("id=\"tracking-status-" + mine.get(10) + "\"")
                .contains("已提交")
                .contains("id=\"public-steps-" + mine.get(10) + "\"");
        assertThat(page("/my/cases?page=1", me))
                .contains("id=\"my-case-" + mine.get(0) + "\"")
                .doesNotContain("id=\"my-case-" + mine.get(1) + "\"");
        assertThat(page("/my/cases", other)).contains(theirs).doesNotContain(mine.get(0));
        assertThat(page("/my/cases?lang=en", me)).contains("My reports");
    }

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheCases() throws Exception {
        UserDetails few = newWorker();
        file(few);
        UserDetails many = newWorker();
        for (int i = 0; i < 6; i++) {
            file(many);
        }
        long one = SqlStatements.during(() -> page("/my/cases", few));
        long six = SqlStatements.during(() -> page("/my/cases", many));
        assertThat(six).isEqualTo(one);
    }

    @Test
    void staffHaveNoReportsPageAndVisitorsSignInFirst() throws Exception {
        mvc.perform(get("/my/cases").with(user(users.loadUserByUsername("fukang"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my/cases")).andExpect(status().is3xxRedirection());
    }
}
