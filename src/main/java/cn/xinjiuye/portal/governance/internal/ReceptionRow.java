package cn.xinjiuye.portal.governance.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** A reception session with its community's name and the number of concern-list items (cases) it produced. */
public record ReceptionRow(
        Long id,
        LocalDate heldOn,
        String venue,
        String official,
        Integer visitors,
        String recordedBy,
        String communityName,
        Long items) {

    /** 周五会客厅 meets on Fridays: a session held on another day is kept, with a note on its pages. */
    public boolean notOnFriday() {
        return heldOn.getDayOfWeek() != DayOfWeek.FRIDAY;
    }
}
