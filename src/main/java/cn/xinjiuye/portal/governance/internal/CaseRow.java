package cn.xinjiuye.portal.governance.internal;

import java.time.LocalDate;

/** A row of the case list and the overdue list: the case with its community's and department's names and its light. */
public record CaseRow(
        long id,
        String caseNo,
        boolean greenChannel,
        String description,
        CaseCategory category,
        CaseStatus status,
        LocalDate startedOn,
        LocalDate dueOn,
        String communityName,
        String departmentName,
        TrafficLight light) {

    CaseDeadlines.Schedule schedule() {
        return new CaseDeadlines.Schedule(status, startedOn, dueOn);
    }

    CaseRow lit(TrafficLight l) {
        return new CaseRow(
                id,
                caseNo,
                greenChannel,
                description,
                category,
                status,
                startedOn,
                dueOn,
                communityName,
                departmentName,
                l);
    }
}
