package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;

/** A mobile member's agreement as the member's page and letter show it: the person and host branch by name. */
public record MobileMemberDetail(
        Long id,
        long version,
        String name,
        String hostBranchName,
        String hostSecretaryName,
        String homeOrgName,
        String homeOrgRegion,
        String homeOrgContact,
        LocalDate agreementSignedOn,
        int termMonths,
        boolean returned,
        LocalDate returnedOn,
        String returnNote) {

    public LocalDate agreementEndsOn() {
        return agreementSignedOn.plusMonths(termMonths);
    }

    static MobileMemberDetail of(MobileMember m) {
        PartyOrganization host = m.getHostBranch();
        return new MobileMemberDetail(
                m.getId(),
                m.getVersion(),
                m.getPerson().getName(),
                host.getName(),
                host.getSecretaryName(),
                m.getHomeOrgName(),
                m.getHomeOrgRegion(),
                m.getHomeOrgContact(),
                m.getAgreementSignedOn(),
                m.getTermMonths(),
                m.isReturned(),
                m.getReturnedOn(),
                m.getReturnNote());
    }
}
