package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;

/** A nomination as one of 两代表一委员, with the person's name. */
public record RepresentationRow(
        Long personId,
        String name,
        RepresentationKind kind,
        RepresentationLevel level,
        RepresentationStatus status,
        LocalDate nominatedOn) {}
