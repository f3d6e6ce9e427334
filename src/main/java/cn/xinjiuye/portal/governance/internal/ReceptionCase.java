package cn.xinjiuye.portal.governance.internal;

import java.time.LocalDate;

/** A case filed from a concern list, as the reception session's page lists it. */
public record ReceptionCase(
        Long id, String caseNo, CaseCategory category, String description, CaseStatus status, LocalDate dueOn) {}
