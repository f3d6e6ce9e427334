package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.common.web.Records;
import cn.xinjiuye.portal.common.web.RegionCodeOrBlank;
import cn.xinjiuye.portal.organization.internal.Industry;
import cn.xinjiuye.portal.organization.internal.OrganizationService.OrganizationData;
import cn.xinjiuye.portal.organization.internal.OrganizationService.OrganizationEditing;
import cn.xinjiuye.portal.organization.internal.OrganizationType;
import cn.xinjiuye.portal.organization.internal.Standardization;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a person types to add or change a Party organization. */
public record OrganizationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}")
        String name,

        @NotNull(message = "{validation.required}") OrganizationType type,
        Long parentId,

        @NotBlank(message = "{validation.required}") @RegionCodeOrBlank
        String regionCode,

        @NotNull(message = "{validation.required}") Industry industry,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn,
        @Size(max = 40, message = "{validation.size.max}") String secretaryName,
        @Size(max = 40, message = "{validation.size.max}") String secretaryUsername,
        @Size(max = 400, message = "{validation.size.max}") String committeeMembers,
        Boolean hasCommittee,
        Boolean hasPartyGroups,
        Standardization standardization,
        Long version) {

    static OrganizationForm empty() {
        return new OrganizationForm(
                "", null, null, "", null, null, "", "", "", false, false, Standardization.NOT_ASSESSED, null);
    }

    static OrganizationForm of(OrganizationEditing editing) {
        return Records.copy(OrganizationForm.class, editing.data(), editing);
    }

    OrganizationData data() {
        return Records.copy(OrganizationData.class, this);
    }
}
