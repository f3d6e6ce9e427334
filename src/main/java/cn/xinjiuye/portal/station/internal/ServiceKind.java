package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.Labelled;

/** What a station did for a courier: rest, charging, a meal, a repair, first aid, water. */
public enum ServiceKind implements Labelled {
    REST,
    CHARGING,
    MEAL,
    REPAIR,
    FIRST_AID,
    WATER;

    @Override
    public String messageKey() {
        return "station.serviceKind." + name();
    }

    /** The icon of the one-tap button (an emoji: no icon font to download). */
    public String icon() {
        return switch (this) {
            case REST -> "🪑";
            case CHARGING -> "🔌";
            case MEAL -> "🍱";
            case REPAIR -> "🔧";
            case FIRST_AID -> "🩹";
            case WATER -> "💧";
        };
    }
}
