package cn.xinjiuye.portal.governance.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A case as the Open311 API shows it: no personal data; the place is the address, else the community's name. */
public record ApiCase(
        String caseNo,
        CaseStatus status,
        String rejectReason,
        String resolutionNote,
        CaseCategory category,
        String description,
        String departmentName,
        Instant submittedAt,
        Instant updatedAt,
        LocalDate dueOn,
        String place,
        Double lat,
        Double lng) {}
