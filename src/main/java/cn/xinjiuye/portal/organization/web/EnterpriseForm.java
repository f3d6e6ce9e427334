package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.common.web.Records;
import cn.xinjiuye.portal.common.web.RegionCodeOrBlank;
import cn.xinjiuye.portal.organization.internal.Coverage;
import cn.xinjiuye.portal.organization.internal.EnterpriseKind;
import cn.xinjiuye.portal.organization.internal.EnterpriseService.EnterpriseData;
import cn.xinjiuye.portal.organization.internal.EnterpriseService.EnterpriseEditing;
import cn.xinjiuye.portal.organization.internal.Industry;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a person types to add or change an enterprise. */
public record EnterpriseForm(
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}")
        String name,

        @NotNull(message = "{validation.required}") EnterpriseKind kind,

        @NotBlank(message = "{validation.required}") @RegionCodeOrBlank
        String regionCode,

        @NotNull(message = "{validation.required}") Industry industry,

        @NotNull(message = "{validation.required}")
        @Min(value = 0, message = "{enterprise.validation.workers}")
        @Max(value = 1000000, message = "{enterprise.validation.workers}")
        Integer workerCount,

        @NotNull(message = "{validation.required}") Coverage coverage,
        Long organizationId,
        @Size(max = 40, message = "{validation.size.max}") String instructorName,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate instructorSentOn,
        @Size(max = 200, message = "{validation.size.max}") String seedMembers,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate seedSentOn,
        Long version) {

    static EnterpriseForm empty() {
        return new EnterpriseForm("", null, "", null, 0, Coverage.NONE, null, "", null, "", null, null);
    }

    static EnterpriseForm of(EnterpriseEditing editing) {
        return Records.copy(EnterpriseForm.class, editing.data(), editing);
    }

    EnterpriseData data() {
        return Records.copy(EnterpriseData.class, this);
    }
}
