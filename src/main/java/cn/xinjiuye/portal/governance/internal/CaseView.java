package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.time.PortalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A case as its staff page shows it, read in one query with its community's and department's names. */
public record CaseView(
        Long id,
        Long version,
        String caseNo,
        CaseSource source,
        CaseCategory category,
        CaseStatus status,
        Boolean greenChannel,
        String description,
        String communityName,
        String address,
        Double lat,
        Double lng,
        String reporterName,
        String reporterPhone,
        Instant submittedAt,
        String departmentName,
        LocalDate startedOn,
        LocalDate dueOn,
        Integer pendingExtensionDays,
        String pendingExtensionReason,
        String rejectReason,
        String resolutionNote,
        Rating rating,
        Boolean publicVisible,
        String publicText,
        String mediaUrl,
        String addressId) {

    public LocalDateTime submittedLocal() {
        return PortalTime.local(submittedAt);
    }

    CaseDeadlines.Schedule schedule() {
        return new CaseDeadlines.Schedule(status, startedOn, dueOn);
    }
}
