package cn.xinjiuye.portal.governance.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case as the Open311 API reads it, without personal data: {@link Open311Reads} chooses what a reader without a
 * key sees (the public text, the community, rounded coordinates) and what a key's reader sees.
 */
record ApiCase(
        String caseNo,
        CaseStatus status,
        String rejectReason,
        String resolutionNote,
        CaseCategory category,
        String description,
        String publicText,
        String departmentName,
        Instant submittedAt,
        Instant updatedAt,
        LocalDate dueOn,
        String address,
        String addressId,
        String communityName,
        Double lat,
        Double lng,
        String mediaUrl) {}
