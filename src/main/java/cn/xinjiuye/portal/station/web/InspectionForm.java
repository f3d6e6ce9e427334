package cn.xinjiuye.portal.station.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A 六有 inspection: the date, who inspected, the six checks and a note. */
public record InspectionForm(
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}") String inspector,
        boolean hasSite, boolean hasSign, boolean hasFacilities, boolean hasRules, boolean hasBooks, boolean hasManager,
        @Size(max = 500, message = "{validation.size.max}") String note) {

    boolean[] checks() {
        return new boolean[] {hasSite, hasSign, hasFacilities, hasRules, hasBooks, hasManager};
    }
}
