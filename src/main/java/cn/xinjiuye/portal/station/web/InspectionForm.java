package cn.xinjiuye.portal.station.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A 六有 inspection: the date, who inspected, the six checks and a note. */
public record InspectionForm(
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate inspectedOn,

        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
        String inspector,

        Boolean hasSite,
        Boolean hasSign,
        Boolean hasFacilities,
        Boolean hasRules,
        Boolean hasBooks,
        Boolean hasManager,
        @Size(max = 500, message = "{validation.size.max}") String note) {

    boolean[] checks() {
        return new boolean[] {
            yes(hasSite), yes(hasSign), yes(hasFacilities), yes(hasRules), yes(hasBooks), yes(hasManager)
        };
    }

    /** An unticked checkbox sends nothing. */
    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
