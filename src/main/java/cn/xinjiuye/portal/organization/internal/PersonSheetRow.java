package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.account.Occupation;
import java.time.LocalDate;

/** A row of the people export, in the columns of the import template (the ID number masked). */
public record PersonSheetRow(
        String name,
        Gender gender,
        LocalDate birthDate,
        String idMasked,
        String phone,
        Occupation occupation,
        String employer,
        String regionCode,
        String branchName,
        PoliticalStatus politicalStatus,
        LocalDate statusSince) {}
