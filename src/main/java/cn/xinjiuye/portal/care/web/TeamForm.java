package cn.xinjiuye.portal.care.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

public record TeamForm(
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}")
        String name,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "^[0-9]{6,15}$", message = "{region.validation.code}")
        String regionCode,

        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
        String leader,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundedOn) {}
