package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;

/** An enterprise as its page shows it: the region and covering organization by name. */
public record EnterpriseDetail(
        Long id,
        String name,
        EnterpriseKind kind,
        String regionName,
        Industry industry,
        int workerCount,
        Coverage coverage,
        Long organizationId,
        String organizationName,
        String instructorName,
        LocalDate instructorSentOn,
        String seedMembers,
        LocalDate seedSentOn) {

    static EnterpriseDetail of(Enterprise e) {
        PartyOrganization o = e.getOrganization();
        return new EnterpriseDetail(
                e.getId(),
                e.getName(),
                e.getKind(),
                e.getRegion().getName(),
                e.getIndustry(),
                e.getWorkerCount(),
                e.getCoverage(),
                o == null ? null : o.getId(),
                o == null ? null : o.getName(),
                e.getInstructorName(),
                e.getInstructorSentOn(),
                e.getSeedMembers(),
                e.getSeedSentOn());
    }
}
