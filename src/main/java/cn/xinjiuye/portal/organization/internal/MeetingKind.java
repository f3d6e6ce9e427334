package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.Labelled;

/**
 * 三会一课 and the theme Party day, with the frequency the branch work regulations ask for: 党员大会 and 党课 at least
 * once a quarter; 支委会 (where there is a committee), 党小组会 (where there are Party groups) and 主题党日 monthly.
 */
public enum MeetingKind implements Labelled {
    MEMBER_CONGRESS(false),
    COMMITTEE(true),
    GROUP(true),
    LESSON(false),
    THEME_DAY(true);

    private final boolean monthly;

    MeetingKind(boolean monthly) {
        this.monthly = monthly;
    }

    public boolean isMonthly() {
        return monthly;
    }

    @Override
    public String messageKey() {
        return "meeting.kind." + name();
    }
}
