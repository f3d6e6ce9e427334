package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** 党组织类型: 党委, 党工委, 党总支, 党支部, 联合党支部, 行业协会党支部. */
public enum OrganizationType implements Labelled {
    PARTY_COMMITTEE,
    WORKING_COMMITTEE,
    GENERAL_BRANCH,
    BRANCH,
    JOINT_BRANCH,
    INDUSTRY_BRANCH;

    /** The branch-level types: they hold members and meetings. */
    public static final Set<OrganizationType> BRANCH_LEVEL =
            Collections.unmodifiableSet(EnumSet.of(BRANCH, JOINT_BRANCH, INDUSTRY_BRANCH));

    /** The types above the branches: they may be a parent. */
    public static final Set<OrganizationType> ABOVE_BRANCHES =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.copyOf(BRANCH_LEVEL)));

    public boolean isBranchLevel() {
        return BRANCH_LEVEL.contains(this);
    }

    @Override
    public String messageKey() {
        return "organization.type." + name();
    }
}
