package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.account.Occupation;

/** A line of the people list: the ID number masked as stored, the employer and branch by name. */
public record PersonRow(
        Long id,
        String name,
        String idMasked,
        String phone,
        Occupation occupation,
        String employer,
        String branchName,
        PoliticalStatus politicalStatus) {}
