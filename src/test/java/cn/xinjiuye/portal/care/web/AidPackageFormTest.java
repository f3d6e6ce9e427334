package cn.xinjiuye.portal.care.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.care.internal.Difficulty;
import cn.xinjiuye.portal.care.internal.Household;
import cn.xinjiuye.portal.care.internal.HouseholdDetails;
import org.junit.jupiter.api.Test;

class AidPackageFormTest {

    @Test
    void theEditFormShowsTheHouseholdAtItsVersion() {
        HouseholdDetails details = new HouseholdDetails(
                7L, "KN-0007", "210602001001", "王明", 3, "13800110011", "振兴区1号", Difficulty.DISABILITY, "轮椅", 4);

        AidPackageForm form = AidPackageForm.of(details);

        assertThat(form)
                .isEqualTo(new AidPackageForm(
                        "210602001001", "王明", 3, "13800110011", "振兴区1号", Difficulty.DISABILITY, "轮椅", 4L));
        assertThat(form.household())
                .isEqualTo(new Household("王明", 3, "13800110011", "振兴区1号", Difficulty.DISABILITY, "轮椅"));
    }
}
