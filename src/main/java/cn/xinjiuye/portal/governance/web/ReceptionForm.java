package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.governance.internal.CaseCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A Friday reception session with up to {@link #ROWS} concern-list rows (parallel lists, one entry per row). */
record ReceptionForm(
        @NotNull(message = "{case.error.community}") Long communityId,

        @NotNull(message = "{reception.error.heldOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate heldOn,

        @NotBlank(message = "{reception.error.venue}") @Size(max = 100, message = "{case.error.tooLong}")
        String venue,

        @NotBlank(message = "{reception.error.official}") @Size(max = 60, message = "{case.error.tooLong}")
        String official,

        @NotNull(message = "{reception.error.visitors}")
        @Min(value = 0, message = "{reception.error.visitors}")
        @Max(value = 10000, message = "{reception.error.visitors}")
        Integer visitors,

        List<CaseCategory> itemCategory,
        List<String> itemText,
        List<String> itemVisitor,
        List<String> itemPhone,
        List<String> itemGreen) {

    static final int ROWS = 5;

    static ReceptionForm empty(Long communityId, LocalDate today) {
        return new ReceptionForm(communityId, today, null, null, null, blank(), blank(), blank(), blank(), List.of());
    }

    private static <T> List<T> blank() {
        return new ArrayList<>(Collections.nCopies(ROWS, null));
    }

    static <T> T at(List<T> list, int i) {
        return list == null || i >= list.size() ? null : list.get(i);
    }
}
