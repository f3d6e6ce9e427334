package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.organization.internal.MobileMemberService.Period;

/** A half year whose feedback letter was not sent in time, with the mobile member's name. */
public record LateLetter(long memberId, String name, int year, int half) {

    public Period period() {
        return new Period(year, half);
    }
}
