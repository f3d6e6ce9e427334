package cn.xinjiuye.portal.care.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a team records of one volunteer activity: kind, day, title, how many took part, hours, served, goods. */
public record Activity(
        ActivityKind kind,
        LocalDate heldOn,
        String title,
        int participants,
        BigDecimal hours,
        int peopleServed,
        BigDecimal goodsValue) {

    /** As stored: the title trimmed, no goods when none are given. */
    Activity tidy() {
        return new Activity(
                kind,
                heldOn,
                title.trim(),
                participants,
                hours,
                peopleServed,
                goodsValue == null ? BigDecimal.ZERO : goodsValue);
    }
}
