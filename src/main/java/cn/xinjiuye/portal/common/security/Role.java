package cn.xinjiuye.portal.common.security;

import cn.xinjiuye.portal.common.Labelled;

/** The kinds of people who sign in. Staff roles are bound to one region and see its subtree. */
public enum Role implements Labelled {
    /** 系统管理员: accounts, audit log, every region. */
    ADMIN,
    /** 组织部工作人员: the organization department of a district (or city). */
    ORG_STAFF,
    /** 街道工作人员: a street's Party working committee. */
    STREET_STAFF,
    /** 社区书记: a community's secretary. */
    COMMUNITY_SECRETARY,
    /** 支部书记: secretary of a Party branch. */
    BRANCH_SECRETARY,
    /** 新就业群体: couriers, riders and drivers who register themselves. */
    WORKER,
    /** 责任部门工作人员: staff of a responsible department; they see the governance cases of their department. */
    DEPARTMENT_STAFF;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != WORKER;
    }

    @Override
    public String messageKey() {
        return "role." + name();
    }
}
