package cn.xinjiuye.portal.organization.web;

import cn.xinjiuye.portal.organization.internal.MeetingKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting of organizational life with the members who attended. */
public record MeetingForm(
        @NotNull(message = "{validation.required}") MeetingKind kind,
        Boolean online,

        @NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate heldOn,

        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size.max}")
        String topic,

        List<Long> attendeeIds) {

    static MeetingForm empty(LocalDate today) {
        return new MeetingForm(null, false, today, "", new ArrayList<>());
    }

    boolean isOnline() {
        return Boolean.TRUE.equals(online);
    }

    List<Long> attendees() {
        return attendeeIds == null ? List.of() : attendeeIds;
    }
}
