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

    /** The Bootstrap Icons SVG of the one-tap button ({@code fragments/icons :: icon}). */
    public String icon() {
        return switch (this) {
            case REST -> "person-arms-up";
            case CHARGING -> "plug";
            case MEAL -> "egg-fried";
            case REPAIR -> "wrench";
            case FIRST_AID -> "bandaid";
            case WATER -> "droplet";
        };
    }
}
