package cn.xinjiuye.portal.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.organization.internal.Choice;
import cn.xinjiuye.portal.organization.internal.Coverage;
import cn.xinjiuye.portal.organization.internal.EnterpriseKind;
import cn.xinjiuye.portal.organization.internal.EnterpriseService.EnterpriseData;
import cn.xinjiuye.portal.organization.internal.EnterpriseService.EnterpriseEditing;
import cn.xinjiuye.portal.organization.internal.Gender;
import cn.xinjiuye.portal.organization.internal.Industry;
import cn.xinjiuye.portal.organization.internal.OrganizationService.OrganizationData;
import cn.xinjiuye.portal.organization.internal.OrganizationService.OrganizationEditing;
import cn.xinjiuye.portal.organization.internal.OrganizationType;
import cn.xinjiuye.portal.organization.internal.PersonService.FormChoices;
import cn.xinjiuye.portal.organization.internal.PersonService.PersonData;
import cn.xinjiuye.portal.organization.internal.PersonService.PersonEditing;
import cn.xinjiuye.portal.organization.internal.PoliticalStatus;
import cn.xinjiuye.portal.organization.internal.Standardization;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The edit forms show every field of what they edit, at its version, and give every field back unchanged. */
class FormDataTest {

    static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    static final List<Choice> CHOICES = List.of(new Choice(1L, "党支部"));

    static Stream<Arguments> forms() {
        EnterpriseData enterprise = new EnterpriseData(
                "顺丰站",
                EnterpriseKind.EXPRESS_OUTLET,
                "210602",
                Industry.EXPRESS,
                12,
                Coverage.JOINT_BRANCH,
                5L,
                "李指导",
                DAY,
                "王一、王二",
                DAY.plusDays(1));
        EnterpriseForm enterpriseForm = EnterpriseForm.of(new EnterpriseEditing(9L, 3, enterprise, CHOICES));
        OrganizationData organization = new OrganizationData(
                "快递支部",
                OrganizationType.BRANCH,
                2L,
                "210602",
                Industry.EXPRESS,
                DAY,
                "张书记",
                "zhang",
                "甲、乙",
                true,
                false,
                Standardization.MET);
        OrganizationForm organizationForm = OrganizationForm.of(new OrganizationEditing(9L, 4, organization, CHOICES));
        PersonData person = new PersonData(
                "王明",
                Gender.MALE,
                DAY.minusYears(30),
                "",
                "",
                Occupation.COURIER,
                3L,
                "顺丰",
                "210602",
                4L,
                PoliticalStatus.ACTIVIST,
                DAY,
                true,
                "高级技师");
        PersonForm personForm = PersonForm.of(new PersonEditing(9L, 5, person, new FormChoices(CHOICES, CHOICES)));
        return Stream.of(
                arguments(enterprise, 3L, enterpriseForm.version(), enterpriseForm.data()),
                arguments(organization, 4L, organizationForm.version(), organizationForm.data()),
                arguments(person, 5L, personForm.version(), personForm.data()));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void theFormIsAtTheVersionItEditsAndGivesBackWhatItShowed(
            Record data, long version, Long formVersion, Record back) {
        assertThat(formVersion).isEqualTo(version);
        assertThat(back).isEqualTo(data);
    }
}
