package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.organization.internal.EnterpriseService.EnterpriseData;
import cn.xinjiuye.portal.organization.internal.OrganizationService.OrganizationData;
import cn.xinjiuye.portal.organization.internal.PersonService.PersonData;
import java.time.LocalDate;

/** What the organization demo's users type into the forms, and the changes they make to a record already there. */
final class OrganizationDemoRecords {

    private OrganizationDemoRecords() {}

    /** An organization as its form gives it; parent by name. */
    record Org(
            String name,
            OrganizationType type,
            String parent,
            String region,
            Industry industry,
            LocalDate founded,
            String secretary,
            String secretaryUsername,
            boolean committee,
            Standardization standard) {

        OrganizationData data(Long parentId) {
            return new OrganizationData(
                    name,
                    type,
                    parentId,
                    region,
                    industry,
                    founded,
                    secretary,
                    secretaryUsername,
                    null,
                    committee,
                    false,
                    standard);
        }
    }

    /** An enterprise as its form gives it; the covering organization by name. */
    record Firm(
            String name,
            EnterpriseKind kind,
            String region,
            Industry industry,
            int workers,
            Coverage coverage,
            String organization,
            String instructor,
            LocalDate instructorSent) {

        EnterpriseData data(Long organizationId) {
            return new EnterpriseData(
                    name,
                    kind,
                    region,
                    industry,
                    workers,
                    coverage,
                    organizationId,
                    instructor,
                    instructorSent,
                    null,
                    null);
        }
    }

    /** A person as the person form gives them; employer and branch by name, status since a date. */
    record Who(
            String name,
            Gender gender,
            LocalDate birth,
            Occupation occupation,
            String firm,
            String region,
            String branch,
            PoliticalStatus status,
            LocalDate since,
            boolean twoWay) {

        PersonData data(String idNumber, String phone, Long firmId, Long branchId) {
            return new PersonData(
                    name,
                    gender,
                    birth,
                    idNumber,
                    phone,
                    occupation,
                    firmId,
                    null,
                    region,
                    branchId,
                    status,
                    since,
                    twoWay,
                    null);
        }
    }

    static EnterpriseData covered(EnterpriseData d, Coverage coverage, Long organization) {
        return changed(
                d, coverage, organization, d.instructorName(), d.instructorSentOn(), d.seedMembers(), d.seedSentOn());
    }

    static EnterpriseData instructed(EnterpriseData d, String instructor, LocalDate on) {
        return changed(d, d.coverage(), d.organizationId(), instructor, on, d.seedMembers(), d.seedSentOn());
    }

    static EnterpriseData seeded(EnterpriseData d, String seeds, LocalDate on) {
        return changed(d, d.coverage(), d.organizationId(), d.instructorName(), d.instructorSentOn(), seeds, on);
    }

    private static EnterpriseData changed(
            EnterpriseData d,
            Coverage coverage,
            Long organization,
            String instructor,
            LocalDate instructorSent,
            String seeds,
            LocalDate seedsSent) {
        return new EnterpriseData(
                d.name(),
                d.kind(),
                d.regionCode(),
                d.industry(),
                d.workerCount(),
                coverage,
                organization,
                instructor,
                instructorSent,
                seeds,
                seedsSent);
    }

    static PersonData withBranch(PersonData d, Long branch) {
        return changed(d, branch, d.twoWayCultivation(), d.skillTitle());
    }

    static PersonData titled(PersonData d, String title) {
        return changed(d, d.branchId(), true, title);
    }

    private static PersonData changed(PersonData d, Long branch, boolean twoWay, String title) {
        return new PersonData(
                d.name(),
                d.gender(),
                d.birthDate(),
                d.idNumber(),
                d.phone(),
                d.occupation(),
                d.enterpriseId(),
                d.employerName(),
                d.regionCode(),
                branch,
                d.initialStatus(),
                d.statusSince(),
                twoWay,
                title);
    }
}
