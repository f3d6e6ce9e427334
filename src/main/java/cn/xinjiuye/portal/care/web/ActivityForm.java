package cn.xinjiuye.portal.care.web;

import cn.xinjiuye.portal.care.internal.Activity;
import cn.xinjiuye.portal.care.internal.ActivityKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public record ActivityForm(
        @NotNull(message = "{validation.required}") ActivityKind kind,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate heldOn,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}")
        String title,

        @NotNull(message = "{validation.required}")
        @Min(value = 1, message = "{care.validation.participants}")
        @Max(value = 10000, message = "{care.validation.participants}")
        Integer participants,

        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "0", message = "{care.validation.hours}")
        @DecimalMax(value = "100000", message = "{care.validation.hours}")
        BigDecimal hours,

        @Min(value = 0, message = "{care.validation.served}")
        @Max(value = 1000000, message = "{care.validation.served}")
        Integer peopleServed,

        @DecimalMin(value = "0", message = "{care.validation.money}")
        @DecimalMax(value = "9999999999", message = "{care.validation.money}")
        BigDecimal goodsValue) {

    /** The activity as recorded: nobody served and no goods when left empty. */
    Activity activity() {
        return new Activity(
                kind,
                heldOn,
                title,
                participants,
                hours,
                peopleServed == null ? 0 : peopleServed,
                goodsValue == null ? BigDecimal.ZERO : goodsValue);
    }

    static ActivityForm empty() {
        return new ActivityForm(null, null, "", null, null, 0, BigDecimal.ZERO);
    }
}
