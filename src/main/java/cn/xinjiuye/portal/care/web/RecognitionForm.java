package cn.xinjiuye.portal.care.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.care.internal.RecognitionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public record RecognitionForm(
        @NotNull(message = "{validation.required}") RecognitionKind kind,

        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
        String personName,

        Occupation occupation,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "^[0-9]{6,15}$", message = "{region.validation.code}")
        String regionCode,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate awardedOn,

        @Size(max = 300, message = "{validation.size.max}") String note) {}
