package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.common.web.OptionalMobile;
import cn.xinjiuye.portal.common.web.Records;
import cn.xinjiuye.portal.common.web.RegionCodeOrBlank;
import cn.xinjiuye.portal.organization.internal.Gender;
import cn.xinjiuye.portal.organization.internal.PersonService.PersonData;
import cn.xinjiuye.portal.organization.internal.PersonService.PersonEditing;
import cn.xinjiuye.portal.organization.internal.PoliticalStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a person types about a worker or member. On edit the ID number and phone are left blank to keep them (the
 * form never carries the full values back to the browser).
 */
public record PersonForm(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
        String name,

        @NotNull(message = "{validation.required}") Gender gender,

        @NotNull(message = "{validation.required}")
        @Past(message = "{person.validation.birthDate}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate birthDate,

        @Pattern(regexp = "^$|^[0-9]{17}[0-9Xx]$", message = "{person.validation.idNumber}")
        String idNumber,

        @OptionalMobile String phone,

        @NotNull(message = "{validation.required}") Occupation occupation,
        Long enterpriseId,
        @Size(max = 80, message = "{validation.size.max}") String employerName,

        @NotBlank(message = "{validation.required}") @RegionCodeOrBlank
        String regionCode,

        Long branchId,
        PoliticalStatus initialStatus,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusSince,
        Boolean twoWayCultivation,
        @Size(max = 60, message = "{validation.size.max}") String skillTitle,
        Long version) {

    static PersonForm empty(String regionCode, Long branchId) {
        return new PersonForm(
                "",
                null,
                null,
                "",
                "",
                null,
                null,
                "",
                regionCode,
                branchId,
                PoliticalStatus.MASSES,
                null,
                false,
                "",
                null);
    }

    static PersonForm of(PersonEditing editing) {
        return Records.copy(PersonForm.class, editing.data(), editing);
    }

    PersonData data() {
        return Records.copy(PersonData.class, this);
    }
}
