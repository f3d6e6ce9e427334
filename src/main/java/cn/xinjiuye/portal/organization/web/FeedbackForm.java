package cn.xinjiuye.portal.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The secretary's evaluation of a half year; saving it marks the letter sent. */
public record FeedbackForm(
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}")
        String evaluation,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate sentOn) {

    static FeedbackForm empty(LocalDate today) {
        return new FeedbackForm("", today);
    }
}
