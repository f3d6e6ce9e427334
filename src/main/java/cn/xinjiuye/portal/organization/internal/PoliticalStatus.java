package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/**
 * 政治面貌 along the development pipeline of 《中国共产党发展党员工作细则》: 群众 → 入党申请人 → 入党积极分子 → 发展对象 →
 * 预备党员 → 正式党员. Every step goes to the next one; none is skipped.
 */
public enum PoliticalStatus implements Labelled {
    MASSES,
    APPLICANT,
    ACTIVIST,
    DEVELOPMENT_TARGET,
    PROBATIONARY,
    FULL_MEMBER;

    /** The only status a step may lead to; null for a full member. */
    public PoliticalStatus next() {
        return this == FULL_MEMBER ? null : values()[ordinal() + 1];
    }

    /** Probationary and full members are Party members (they count for a branch's size). */
    public boolean isPartyMember() {
        return this == PROBATIONARY || this == FULL_MEMBER;
    }

    @Override
    public String messageKey() {
        return "person.status." + name();
    }
}
