package cn.xinjiuye.portal.organization;

/** 党组织类型: 党委, 党工委, 党总支, 党支部, 联合党支部, 行业协会党支部. */
public enum OrganizationType {
    PARTY_COMMITTEE,
    WORKING_COMMITTEE,
    GENERAL_BRANCH,
    BRANCH,
    JOINT_BRANCH,
    INDUSTRY_BRANCH;

    public String messageKey() {
        return "organization.type." + name();
    }
}
