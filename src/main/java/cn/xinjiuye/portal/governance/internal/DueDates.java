package cn.xinjiuye.portal.governance.internal;

import java.time.LocalDate;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * For the pages (as {@code @dueDates} in templates): whether a due date is provisional (暂定), i.e. lies in a year
 * whose holiday arrangement is not imported. The known years are read once per request, so a list of any length
 * costs one query.
 */
@Component("dueDates")
@RequestScope
@RequiredArgsConstructor
public class DueDates {

    private final CalendarYears years;
    private Set<Integer> known;

    public boolean provisional(LocalDate dueOn) {
        // Read on the first row whatever its date, so a page's statements do not depend on which rows it shows.
        if (known == null) {
            known = years.known();
        }
        return dueOn != null && CalendarYears.provisional(known, null, dueOn);
    }
}
