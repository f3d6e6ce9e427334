package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.organization.internal.PoliticalStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A step of the development pipeline: the next status (or an extension of probation), its date and approving body. */
public record StepForm(
        @NotBlank(message = "{validation.required}") String action,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate stepDate,

        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}")
        String approvingBody,

        Integer extensionMonths,
        @Size(max = 200, message = "{validation.size.max}") String note) {

    static final String EXTEND = "EXTEND";

    static StepForm empty(PoliticalStatus next, LocalDate today) {
        return new StepForm(next == null ? "" : next.name(), today, "", null, "");
    }
}
