package cn.xinjiuye.portal.care.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public record HelpForm(
        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate helpedOn,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
        String what,

        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "0", message = "{care.validation.money}")
        @DecimalMax(value = "9999999999", message = "{care.validation.money}")
        @Digits(integer = 10, fraction = 2, message = "{care.validation.money}")
        BigDecimal valueYuan,

        @Size(max = 80, message = "{validation.size.max}") String givenBy) {}
