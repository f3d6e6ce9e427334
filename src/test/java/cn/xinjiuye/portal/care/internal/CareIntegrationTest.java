package cn.xinjiuye.portal.care.internal;

import static cn.xinjiuye.portal.support.PageContent.shows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.AtOnce;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestDates;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Difficult-family packages: scope, pseudonymized lists, audited details, claim → help → release. */
@IntegrationTest
public class CareIntegrationTest extends PortalIntegrationTest {

    /** A fresh open package in 福康社区 for one test, with a unique household name. */
    long newFukangPackage(String head) throws Exception {
        return newFukangPackage(head, TestValues.mobile());
    }

    long newFukangPackage(String head, String phone) throws Exception {
        mvc.perform(creation(head, phone)).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("select id from aid_package where household_head = ?", Long.class, head);
    }

    /** The test user's form creating a package in a community of 旅顺口区, with the head and needs filled in. */
    static MockHttpServletRequestBuilder outOfFukang(String head) {
        return post("/care/packages")
                .with(csrf())
                .param("communityCode", "210212003001")
                .param("householdHead", head)
                .param("needs", "x");
    }

    /** The community secretary's form creating a package in 福康社区. */
    MockHttpServletRequestBuilder creation(String head, String phone) {
        return post("/care/packages")
                .with(csrf())
                .with(user(userDetails("fukang")))
                .param("communityCode", "210302011001")
                .param("householdHead", head)
                .param("householdSize", "2")
                .param("phone", phone)
                .param("address", "福康社区8号楼")
                .param("difficulty", "LOW_INCOME")
                .param("needs", "取暖费");
    }

    @Test
    void twoPackagesCreatedAtOnceInOneCommunityGetTwoNumbersInTheUsualFormat() throws Exception {
        String first = uniqueName();
        String second = uniqueName();
        MockHttpServletRequestBuilder one = creation(first, TestValues.mobile());
        MockHttpServletRequestBuilder other = creation(second, TestValues.mobile());
        List<Integer> statuses = AtOnce.run(
                () -> mvc.perform(one).andReturn().getResponse().getStatus(),
                () -> mvc.perform(other).andReturn().getResponse().getStatus());
        assertThat(statuses).as("both created, neither a 409 nor a 500").containsExactly(302, 302);
        List<String> codes = jdbc.queryForList(
                "select code from aid_package where household_head in (?, ?) order by code",
                String.class,
                first,
                second);
        assertThat(codes).hasSize(2).allMatch(c -> c.matches("KJ210302011001-\\d{4}"));
        // Two numbers in a row from the community's counter.
        int low = Integer.parseInt(codes.get(0).substring(15));
        assertThat(codes.get(1)).isEqualTo("KJ210302011001-" + String.format("%04d", low + 1));
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    org.springframework.security.core.userdetails.UserDetails userDetails(String name) {
        return users.loadUserByUsername(name);
    }

    long version(long id) {
        return jdbc.queryForObject("select version from aid_package where id = ?", Long.class, id);
    }

    /** A claim of the package by the test's user. */
    ResultActions claim(long id, String kind, String name, long version) throws Exception {
        return mvc.perform(claimForm(id, kind, name, version));
    }

    static MockHttpServletRequestBuilder claimForm(long id, String kind, String name, long version) {
        return post("/care/packages/{id}/claim", id)
                .with(csrf())
                .param("claimantKind", kind)
                .param("claimantName", name)
                .param("version", String.valueOf(version));
    }

    /** Help recorded for the package by the test's user. */
    ResultActions help(long id, LocalDate on, String what, String valueYuan) throws Exception {
        return mvc.perform(post("/care/packages/{id}/help", id)
                .with(csrf())
                .param("helpedOn", on.toString())
                .param("what", what)
                .param("valueYuan", valueYuan));
    }

    static String uniqueName() {
        return TestValues.name("测");
    }

    @Test
    @WithUserDetails("zhibu")
    void branchSecretariesSeePseudonymsAndCannotOpenDetailsUntilTheyClaim() throws Exception {
        String head = uniqueName();
        String phone = TestValues.mobile();
        long id = newFukangPackage(head, phone);
        mvc.perform(get("/care/packages").param("q", "KJ210302011001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(head.charAt(0) + "******")))
                .andExpect(content().string(not(containsString(head))));
        mvc.perform(get("/care/packages/{id}/household", id)).andExpect(status().isForbidden());

        claim(id, "BRANCH", "送餐快递小哥联合党支部", version(id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/care/packages/{id}/household", id))
                .andExpect(status().isOk())
                .andExpect(shows(head, phone));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'VIEW_PERSONAL_DATA' "
                                + "and entity_type = 'AidPackage' and entity_id = ? and actor = 'zhibu'",
                        Integer.class,
                        String.valueOf(id)))
                .isEqualTo(1);
    }

    @Test
    @WithUserDetails("fukang")
    void claimHelpAndReleaseKeepTheTotals() throws Exception {
        LocalDate today = TestDates.today();
        long id = newFukangPackage(uniqueName());
        claim(id, "ENTERPRISE", "爱心超市", version(id));
        help(id, today.minusDays(1), "米面油", "300.50").andExpect(status().is3xxRedirection());
        help(id, today, "棉被", "199.50").andExpect(status().is3xxRedirection());
        mvc.perform(get("/care/packages/{id}", id)).andExpect(shows("500.00", "爱心超市"));
        mvc.perform(post("/care/packages/{id}/release", id).with(csrf()).param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from aid_package where id = ?", String.class, id))
                .isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from aid_help where package_id = ?", Integer.class, id))
                .isEqualTo(2);
    }

    @Test
    @WithUserDetails("fukang")
    void aSecondClaimOfTheSamePackageIsRefused() throws Exception {
        long id = newFukangPackage(uniqueName());
        long v = version(id);
        claim(id, "BRANCH", "甲支部", v).andExpect(status().is3xxRedirection());
        // Someone who loaded the page before the first claim: a conflict, nothing changes.
        claim(id, "BRANCH", "乙支部", v).andExpect(status().isConflict());
        // With the current version the rule speaks: already claimed.
        claim(id, "BRANCH", "乙支部", version(id))
                .andExpect(model().attributeHasFieldErrorCode("claim", "claimantName", "care.error.notOpen"));
        assertThat(jdbc.queryForObject("select claimant_name from aid_package where id = ?", String.class, id))
                .isEqualTo("甲支部");
    }

    int statusOf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void twoClaimsAtOnceOneWinsAndTheOtherSeesAConflict() throws Exception {
        long id = newFukangPackage(uniqueName());
        long v = version(id);
        var branch = user(userDetails("zhibu"));
        var secretary = user(userDetails("fukang"));
        List<Integer> statuses = AtOnce.run(
                () -> statusOf(claimForm(id, "BRANCH", "甲支部", v).with(branch)),
                () -> statusOf(claimForm(id, "ENTERPRISE", "乙企业", v).with(secretary)));
        // One redirect after the claim, one 409 page; never two claims, never a 500.
        assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        String winner = statuses.get(0) == 302 ? "甲支部" : "乙企业";
        assertThat(jdbc.queryForMap("select status, claimant_name, version from aid_package where id = ?", id))
                .containsEntry("status", "CLAIMED")
                .containsEntry("claimant_name", winner)
                .containsEntry("version", v + 1);
    }

    @Test
    @WithUserDetails("fukang")
    void badInputIsAFieldErrorAndNothingIsSaved() throws Exception {
        LocalDate inThreeDays = TestDates.today().plusDays(3);
        String head = uniqueName();
        mvc.perform(outOfFukang(head)
                        .param("householdSize", "0")
                        .param("phone", "12")
                        .param("address", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "householdSize", "phone", "address", "difficulty"))
                .andExpect(content().string(containsString(head)));
        mvc.perform(outOfFukang(head)
                        .param("householdSize", "2")
                        .param("address", "某处")
                        .param("difficulty", "OTHER"))
                .andExpect(
                        model().attributeHasFieldErrorCode("form", "communityCode", "care.error.communityOutOfScope"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from aid_package where household_head = ?", Integer.class, head))
                .isZero();
        long id = newFukangPackage(uniqueName());
        claim(id, "BRANCH", "甲", version(id));
        help(id, inThreeDays, "未来的帮扶", "-5").andExpect(model().attributeHasFieldErrors("help", "valueYuan"));
        help(id, inThreeDays, "未来的帮扶", "5")
                .andExpect(model().attributeHasFieldErrorCode("help", "helpedOn", "care.error.future"));
        assertThat(jdbc.queryForObject("select count(*) from aid_help where package_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    @WithUserDetails("fukang")
    void theEditFormShowsTheHouseholdAndComesBackWithItsCodeOnBadInput() throws Exception {
        String head = uniqueName();
        String phone = TestValues.mobile();
        long id = newFukangPackage(head, phone);
        String code = jdbc.queryForObject("select code from aid_package where id = ?", String.class, id);
        mvc.perform(get("/care/packages/{id}/edit", id))
                .andExpect(status().isOk())
                .andExpect(shows(code, head, phone, "福康社区8号楼"));
        mvc.perform(post("/care/packages/{id}", id)
                        .with(csrf())
                        .param("communityCode", "210302011001")
                        .param("householdHead", head)
                        .param("householdSize", "0")
                        .param("address", "福康社区9号楼")
                        .param("difficulty", "LOW_INCOME")
                        .param("needs", "取暖费")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "householdSize"))
                .andExpect(content().string(containsString(code)));
        assertThat(jdbc.queryForObject("select address from aid_package where id = ?", String.class, id))
                .isEqualTo("福康社区8号楼");
    }

    @Test
    @WithUserDetails("huangjin")
    void anotherCommunitysSecretaryReachesNothingByUrl() throws Exception {
        long fukang = jdbc.queryForObject("select id from aid_package where code = 'KJ210302011001-0007'", Long.class);
        long v = version(fukang);
        mvc.perform(get("/care/packages/{id}", fukang)).andExpect(status().isForbidden());
        mvc.perform(get("/care/packages/{id}/household", fukang)).andExpect(status().isForbidden());
        claim(fukang, "BRANCH", "越权支部", v).andExpect(status().isForbidden());
        assertThat(version(fukang)).isEqualTo(v);
        mvc.perform(get("/care/packages")).andExpect(content().string(not(containsString("KJ210302011001"))));
    }

    @Test
    @WithUserDetails("13900000001")
    void workersDoNotSeeCarePages() throws Exception {
        mvc.perform(get("/care/packages")).andExpect(status().isForbidden());
        mvc.perform(get("/care/teams")).andExpect(status().isForbidden());
    }
}
