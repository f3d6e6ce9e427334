package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.organization.internal.MobileMemberService.AgreementData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A dual-management agreement (双重管理协议) with a mobile member. */
public record AgreementForm(
        @NotNull(message = "{validation.required}") Long personId,
        @NotNull(message = "{validation.required}") Long hostBranchId,

        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}")
        String homeOrgName,

        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}")
        String homeOrgRegion,

        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}")
        String homeOrgContact,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate agreementSignedOn,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{mobile.validation.term}")
        @Max(value = 120, message = "{mobile.validation.term}")
        Integer termMonths) {

    static AgreementForm empty(LocalDate today) {
        return new AgreementForm(null, null, "", "", "", today, 12);
    }

    AgreementData data() {
        return new AgreementData(
                personId, hostBranchId, homeOrgName, homeOrgRegion, homeOrgContact, agreementSignedOn, termMonths);
    }
}
