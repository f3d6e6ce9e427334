package cn.xinjiuye.portal.governance.internal;

import java.time.LocalDate;

/** A case on the staff's case map: where it was reported (WGS-84), what it is and its light. */
public record CasePoint(
        long id,
        String caseNo,
        double lat,
        double lng,
        CaseCategory category,
        CaseStatus status,
        LocalDate startedOn,
        LocalDate dueOn,
        TrafficLight light) {

    CaseDeadlines.Schedule schedule() {
        return new CaseDeadlines.Schedule(status, startedOn, dueOn);
    }

    CasePoint lit(TrafficLight l) {
        return new CasePoint(id, caseNo, lat, lng, category, status, startedOn, dueOn, l);
    }
}
