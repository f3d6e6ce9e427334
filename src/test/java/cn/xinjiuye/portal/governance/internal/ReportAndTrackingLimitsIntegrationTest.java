package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.xinjiuye.portal.support.AtOnce;
import cn.xinjiuye.portal.support.ClientAddress;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reports and tracking look-ups are limited per account and per address by the atomic limiter: forty requests at
 * once get exactly the limit through (portal.limits.reports.*, portal.governance.anonymous-per-hour,
 * portal.limits.tracking.*, defaults 10 / 30, 5 and 10).
 */
@IntegrationTest
class ReportAndTrackingLimitsIntegrationTest extends PortalIntegrationTest {

    static RequestPostProcessor from(String address) {
        return ClientAddress.of(address);
    }

    /** A new self-registered worker, so that no other test's reports count against it. */
    UserDetails newWorker() {
        String phone = TestValues.mobile();
        jdbc.update(
                "insert into account (username, display_name, phone, password_hash, role, occupation) "
                        + "values (?, '骑手', ?, 'x', 'WORKER', 'FOOD_DELIVERY')",
                phone,
                phone);
        return users.loadUserByUsername(phone);
    }

    MockMultipartHttpServletRequestBuilder report(String description, String phone) {
        long community = jdbc.queryForObject("select id from region where code = '210302011001'", Long.class);
        return CaseFixtures.snapshot(community, phone, description);
    }

    /** Runs forty requests at once and returns how many cases with the description were filed. */
    int filedAtOnce(String description, IntFunction<RequestBuilder> request) throws Exception {
        AtOnce.run(IntStream.range(0, 40)
                .mapToObj(i -> (Callable<Integer>) () ->
                        mvc.perform(request.apply(i)).andReturn().getResponse().getStatus())
                .toArray(Callable[]::new));
        return jdbc.queryForObject("select count(*) from gov_case where description = ?", Integer.class, description);
    }

    @Test
    void fortyReportsOfOneWorkerAtOnceFileExactlyTen() throws Exception {
        UserDetails worker = newWorker();
        String description = TestValues.name("限流骑手 ");
        int filed = filedAtOnce(
                description, i -> report(description, "").with(user(worker)).with(from(TestValues.address())));
        assertThat(filed).isEqualTo(10);
    }

    @Test
    void fortyReportsOfFourWorkersFromOneAddressAtOnceFileExactlyThirty() throws Exception {
        List<UserDetails> workers = List.of(newWorker(), newWorker(), newWorker(), newWorker());
        String description = TestValues.name("同址骑手 ");
        String addr = TestValues.address();
        int filed = filedAtOnce(
                description,
                i -> report(description, "").with(user(workers.get(i % 4))).with(from(addr)));
        assertThat(filed).isEqualTo(30);
    }

    @Test
    void fortyAnonymousReportsWithOnePhoneAtOnceFileExactlyFive() throws Exception {
        String phone = TestValues.mobile();
        String description = TestValues.name("限流匿名 ");
        int filed = filedAtOnce(
                description, i -> report(description, phone).with(anonymous()).with(from(TestValues.address())));
        assertThat(filed).isEqualTo(5);
    }

    @Test
    void aWorkerOverTheLimitIsToldSoAboveTheForm() throws Exception {
        UserDetails worker = newWorker();
        String addr = TestValues.address();
        for (int i = 0; i < 10; i++) {
            mvc.perform(report(TestValues.name("十次 "), "").with(user(worker)).with(from(addr)));
        }
        String page = mvc.perform(
                        report(TestValues.name("第十一次 "), "").with(user(worker)).with(from(addr)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("提交过于频繁，请一小时后再试。");
    }

    /** Forty wrong look-ups at once; the answers that say "not found" are the ones that were evaluated. */
    List<String> wrongLookUpsAtOnce(IntFunction<RequestBuilder> request) throws Exception {
        return AtOnce.run(IntStream.range(0, 40)
                .mapToObj(i -> (Callable<String>) () ->
                        mvc.perform(request.apply(i)).andReturn().getResponse().getContentAsString())
                .toArray(Callable[]::new));
    }

    static MockHttpServletRequestBuilder lookUp(int i) {
        return post("/public/cases/track")
                .with(csrf())
                .param("caseNo", "GZ20260101" + String.format("%06d", i))
                .param("phoneTail", String.format("%04d", i));
    }

    @Test
    void fortyWrongTrackingGuessesFromOneAddressAtOnceGetExactlyTenEvaluated() throws Exception {
        String addr = TestValues.address();
        List<String> pages = wrongLookUpsAtOnce(i -> lookUp(i).with(anonymous()).with(from(addr)));
        assertThat(pages).filteredOn(p -> p.contains("id=\"track-not-found\"")).hasSize(10);
        assertThat(pages).filteredOn(p -> p.contains("查询失败次数过多")).hasSize(30);
    }

    @Test
    void fortyWrongTrackingGuessesOfOneAccountFromManyAddressesGetExactlyTenEvaluated() throws Exception {
        UserDetails worker = newWorker();
        List<String> pages =
                wrongLookUpsAtOnce(i -> lookUp(i).with(user(worker)).with(from(TestValues.address())));
        assertThat(pages).filteredOn(p -> p.contains("id=\"track-not-found\"")).hasSize(10);
        assertThat(pages).filteredOn(p -> p.contains("查询失败次数过多")).hasSize(30);
    }
}
