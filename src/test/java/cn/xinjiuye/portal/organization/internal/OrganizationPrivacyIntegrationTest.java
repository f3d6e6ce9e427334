package cn.xinjiuye.portal.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.xinjiuye.portal.support.AtOnce;
import cn.xinjiuye.portal.support.FormErrors;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestRegions;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * No existence oracle across scopes: an ID number on file in another district is answered exactly like a region
 * outside the user's scope; organization and enterprise names are unique within a district only, and a clash is a
 * field error that names nothing, also when two people save the same name at once.
 */
@IntegrationTest
class OrganizationPrivacyIntegrationTest extends PortalIntegrationTest {

    static final LocalDate BIRTH = LocalDate.of(1990, 3, 7);
    static final String FUKANG = "210302011001";
    static final String HUANGJIN = "210212003001";

    MvcResult addPerson(String as, String name, String id, String regionCode) throws Exception {
        return mvc.perform(post("/people")
                        .with(csrf())
                        .with(user(users.loadUserByUsername(as)))
                        .param("name", name)
                        .param("gender", "MALE")
                        .param("birthDate", BIRTH.toString())
                        .param("idNumber", id)
                        .param("occupation", "COURIER")
                        .param("regionCode", regionCode)
                        .param("initialStatus", "MASSES"))
                .andReturn();
    }

    static Map<String, String> errors(MvcResult result) {
        return FormErrors.of(result);
    }

    int people(String name) {
        return jdbc.queryForObject("select count(*) from person where name = ?", Integer.class, name);
    }

    @Test
    void anIdNumberOnFileInAnotherScopeIsAnsweredLikeARegionOutsideTheScope() throws Exception {
        String idInLvshun = TestIds.idFor(BIRTH);
        String lvshunPerson = TestValues.name("旅顺");
        assertThat(addPerson("lvshun", lvshunPerson, idInLvshun, HUANGJIN)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);

        String name = TestValues.name("铁东");
        Map<String, String> takenElsewhere = errors(addPerson("tiedong", name, idInLvshun, FUKANG));
        Map<String, String> regionElsewhere = errors(addPerson("tiedong", name, TestIds.idFor(BIRTH), HUANGJIN));
        assertThat(takenElsewhere)
                .isEqualTo(regionElsewhere)
                .isEqualTo(Map.of("regionCode", "organization.error.regionOutOfScope"));
        String page =
                addPerson("tiedong", name, idInLvshun, FUKANG).getResponse().getContentAsString();
        assertThat(page).contains("该区划不在您的管辖范围内").doesNotContain("该身份证号已登记").doesNotContain(lvshunPerson);
        assertThat(people(name)).isZero();

        // Within the scope the form says what it is.
        String idInTiedong = TestIds.idFor(BIRTH);
        assertThat(addPerson("tiedong", TestValues.name("铁东"), idInTiedong, FUKANG)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(errors(addPerson("tiedong", name, idInTiedong, FUKANG)))
                .isEqualTo(Map.of("idNumber", "person.error.idTaken"));
        assertThat(people(name)).isZero();
    }

    String importRow(String name, String id, String regionCode) throws Exception {
        byte[] file = OrganizationIntegrationTest.workbook(
                OrganizationIntegrationTest.HEADERS,
                new Object[] {name, "男", BIRTH.toString(), id, "", "快递员", "", regionCode, "", "群众", ""});
        String page = mvc.perform(multipart("/people/import")
                        .file(new MockMultipartFile("file", "p.xlsx", null, file))
                        .with(csrf())
                        .with(user(users.loadUserByUsername("tiedong"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int start = page.indexOf("id=\"import-errors\"");
        assertThat(start).as("the import is refused").isPositive();
        return page.substring(start, page.indexOf("</div>", page.indexOf("</ul>", start)));
    }

    @Test
    void theWorkbookImportAnswersAnIdNumberElsewhereLikeARegionElsewhere() throws Exception {
        String idInLvshun = TestIds.idFor(BIRTH);
        assertThat(addPerson("lvshun", TestValues.name("旅顺"), idInLvshun, HUANGJIN)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        String name = TestValues.name("导入");
        String takenElsewhere = importRow(name, idInLvshun, FUKANG);
        assertThat(takenElsewhere)
                .isEqualTo(importRow(name, TestIds.idFor(BIRTH), HUANGJIN))
                .contains("第 2 行 H 列")
                .contains("该区划不在您的管辖范围内")
                .doesNotContain("该身份证号已登记");
        assertThat(people(name)).isZero();
    }

    /** A new record's form of the express industry, with its name and region, sent as the user. */
    MockHttpServletRequestBuilder named(String path, String as, String name, String regionCode) {
        return post(path)
                .with(csrf())
                .with(user(users.loadUserByUsername(as)))
                .param("name", name)
                .param("regionCode", regionCode)
                .param("industry", "EXPRESS");
    }

    MvcResult addOrganization(String as, String name, String regionCode) throws Exception {
        return mvc.perform(named("/organizations", as, name, regionCode).param("type", "BRANCH"))
                .andReturn();
    }

    MvcResult addEnterprise(String as, String name, String regionCode) throws Exception {
        return mvc.perform(named("/enterprises", as, name, regionCode)
                        .param("kind", "EXPRESS_OUTLET")
                        .param("workerCount", "3")
                        .param("coverage", "NONE"))
                .andReturn();
    }

    /** A form that adds a record of a name in a region, sent as a user. */
    interface Form {
        MvcResult send(String as, String name, String regionCode) throws Exception;
    }

    /** The name is saved in 旅顺口区 and in 铁东区: another district may use it, no clash and no hint of the first. */
    static void savedInTwoDistricts(Form form, String name) throws Exception {
        assertThat(form.send("lvshun", name, HUANGJIN).getResponse().getStatus())
                .isEqualTo(302);
        assertThat(form.send("tiedong", name, FUKANG).getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void organizationNamesAreUniqueWithinADistrictAndTheClashNamesNothing() throws Exception {
        String name = TestValues.name("快递小哥党支部");
        savedInTwoDistricts(this::addOrganization, name);
        // Within the district, on another street: a field error on the name.
        MvcResult again = addOrganization("tiedong", name, "210302012");
        assertThat(errors(again)).isEqualTo(Map.of("name", "organization.error.nameTaken"));
        assertThat(again.getResponse().getContentAsString()).contains("本区县已有同名党组织");
        assertThat(jdbc.queryForObject("select count(*) from party_organization where name = ?", Integer.class, name))
                .isEqualTo(2);
    }

    @Test
    void enterpriseNamesAreUniqueWithinADistrict() throws Exception {
        String name = TestValues.name("顺丰网点");
        savedInTwoDistricts(this::addEnterprise, name);
        assertThat(errors(addEnterprise("tiedong", name, "210302012001")))
                .isEqualTo(Map.of("name", "enterprise.error.nameTaken"));
    }

    @Test
    void twoPeopleSavingOneNameAtOnceGetOneOrganizationAndOneFieldError() throws Exception {
        String name = TestValues.name("同时党支部");
        List<MvcResult> results = AtOnce.run(
                () -> addOrganization("tiedong", name, FUKANG), () -> addOrganization("tiedong", name, "210302012"));
        assertThat(results.stream().map(r -> r.getResponse().getStatus())).containsExactlyInAnyOrder(302, 200);
        MvcResult refused = results.stream()
                .filter(r -> r.getResponse().getStatus() == 200)
                .findFirst()
                .orElseThrow();
        assertThat(errors(refused)).isEqualTo(Map.of("name", "organization.error.nameTaken"));
        assertThat(jdbc.queryForObject("select count(*) from party_organization where name = ?", Integer.class, name))
                .isEqualTo(1);
    }

    @Test
    void theDatabaseHoldsTheRuleAndFollowsAStreetThatMovesToAnotherDistrict() {
        java.util.function.Predicate<String> taken =
                c -> jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, c) > 0;
        String districtA = TestValues.unused("88", 7, taken);
        String districtB = TestValues.unused("88", 7, taken);
        String city = "210300";
        long a = TestRegions.ensure(jdbc, districtA, "测试区甲", "DISTRICT", city);
        long b = TestRegions.ensure(jdbc, districtB, "测试区乙", "DISTRICT", city);
        long street = TestRegions.ensure(jdbc, districtA + "001", "测试街道", "STREET", districtA);
        String name = TestValues.name("随街道迁移党支部");
        jdbc.update(
                "insert into party_organization (name, type, region_id, industry) values (?, 'BRANCH', ?, 'EXPRESS')",
                name,
                street);
        assertThat(jdbc.queryForObject("select district_id from party_organization where name = ?", Long.class, name))
                .isEqualTo(a);
        // A second one in the district is refused by the database itself.
        assertThatThrownBy(() -> jdbc.update(
                        "insert into party_organization (name, type, region_id, industry) values (?, 'BRANCH', ?, 'EXPRESS')",
                        name,
                        a))
                .isInstanceOf(DataIntegrityViolationException.class);
        // The street moves to district B (as RegionService.move rewrites the paths): its organization follows.
        String oldPath = jdbc.queryForObject("select path from region where id = ?", String.class, street);
        String newPath = jdbc.queryForObject("select path from region where id = ?", String.class, b) + street + "/";
        jdbc.update("update region set parent_id = ? where id = ?", b, street);
        jdbc.update(
                "update region set path = ? || substr(path, length(?) + 1) where path like ? || '%'",
                newPath, oldPath, oldPath);
        assertThat(jdbc.queryForObject("select district_id from party_organization where name = ?", Long.class, name))
                .isEqualTo(b);
    }
}
