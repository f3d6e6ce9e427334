package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;

/** A line of the mobile member list: the member and host branch by name. */
public record MobileMemberRow(
        Long id,
        String name,
        String hostBranchName,
        String homeOrgName,
        LocalDate agreementSignedOn,
        boolean returned) {}
