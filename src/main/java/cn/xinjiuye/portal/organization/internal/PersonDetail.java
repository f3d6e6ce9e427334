package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.account.Occupation;
import java.time.LocalDate;

/** A person as their page shows them: the ID number masked, the region, branch and employer by name. */
public record PersonDetail(
        Long id,
        String name,
        Gender gender,
        LocalDate birthDate,
        String idMasked,
        String phone,
        Occupation occupation,
        String employer,
        String regionName,
        Long branchId,
        String branchName,
        PoliticalStatus politicalStatus,
        LocalDate statusSince,
        boolean twoWayCultivation,
        String skillTitle) {

    static PersonDetail of(Person p) {
        PartyOrganization branch = p.getBranch();
        return new PersonDetail(
                p.getId(),
                p.getName(),
                p.getGender(),
                p.getBirthDate(),
                p.getIdMasked(),
                p.getPhone(),
                p.getOccupation(),
                p.employer(),
                p.getRegion().getName(),
                branch == null ? null : branch.getId(),
                branch == null ? null : branch.getName(),
                p.getPoliticalStatus(),
                p.getStatusSince(),
                p.isTwoWayCultivation(),
                p.getSkillTitle());
    }
}
