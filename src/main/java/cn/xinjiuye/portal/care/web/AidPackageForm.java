package cn.xinjiuye.portal.care.web;

import cn.xinjiuye.portal.care.internal.Difficulty;
import cn.xinjiuye.portal.care.internal.Household;
import cn.xinjiuye.portal.care.internal.HouseholdDetails;
import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.common.web.Records;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record AidPackageForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "^[0-9]{12}$", message = "{care.validation.communityCode}")
        String communityCode,

        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
        String householdHead,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{care.validation.size}")
        @Max(value = 20, message = "{care.validation.size}")
        Integer householdSize,

        @Pattern(regexp = Phones.OPTIONAL_MOBILE_OR_LANDLINE, message = "{care.validation.phone}")
        String phone,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
        String address,

        @NotNull(message = "{validation.required}") Difficulty difficulty,

        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}")
        String needs,

        Long version) {

    Household household() {
        return new Household(householdHead, householdSize, phone, address, difficulty, needs);
    }

    static AidPackageForm of(HouseholdDetails p) {
        return Records.copy(AidPackageForm.class, p);
    }

    static AidPackageForm empty() {
        return new AidPackageForm("", "", 1, "", "", null, "", null);
    }
}
