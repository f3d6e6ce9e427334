package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.account.Occupation;
import java.time.LocalDate;

/** A line of the recognitions list: the region by name. */
public record RecognitionRow(
        RecognitionKind kind,
        String personName,
        Occupation occupation,
        String regionName,
        LocalDate awardedOn,
        String note) {

    static RecognitionRow of(Recognition r) {
        return new RecognitionRow(
                r.getKind(),
                r.getPersonName(),
                r.getOccupation(),
                r.getRegion().getName(),
                r.getAwardedOn(),
                r.getNote());
    }
}
