package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/** 党组织类型: 党委, 党工委, 党总支, 党支部, 联合党支部, 行业协会党支部. */
public enum OrganizationType implements Labelled {
    PARTY_COMMITTEE,
    WORKING_COMMITTEE,
    GENERAL_BRANCH,
    BRANCH,
    JOINT_BRANCH,
    INDUSTRY_BRANCH;

    @Override
    public String messageKey() {
        return "organization.type." + name();
    }
}
