package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.Labelled;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a station offers (the list of the domain guide). Stored as one bit each in {@code station.amenities};
 * the bit is fixed per amenity so the stored values never change meaning when the list grows.
 */
public enum Amenity implements Labelled {
    WATER(0, "droplet"),
    CHARGING(1, "plug"),
    REPAIR_TOOLS(2, "wrench"),
    FIRST_AID(3, "bandaid"),
    UMBRELLA(4, "umbrella"),
    MICROWAVE(5, "cup-hot"),
    RESTROOM(6, "badge-wc"),
    WIFI(7, "wifi"),
    AIR_CONDITIONING(8, "snow"),
    READING(9, "book"),
    LUNCH(10, "egg-fried"),
    CHILD_CARE(11, "person-arms-up");

    private final int bit;
    private final String icon;

    Amenity(int bit, String icon) {
        this.bit = bit;
        this.icon = icon;
    }

    public int bit() {
        return 1 << bit;
    }

    /** The name of its Bootstrap Icons SVG ({@code fragments/icons :: icon}). */
    public String icon() {
        return icon;
    }

    @Override
    public String messageKey() {
        return "station.amenity." + name();
    }

    public static int toBits(Collection<Amenity> amenities) {
        int bits = 0;
        if (amenities != null) {
            for (Amenity a : amenities) {
                bits |= a.bit();
            }
        }
        return bits;
    }

    public static List<Amenity> fromBits(int bits) {
        List<Amenity> list = new ArrayList<>();
        for (Amenity a : values()) {
            if ((bits & a.bit()) != 0) {
                list.add(a);
            }
        }
        return list;
    }

    public static Set<Amenity> setOf(int bits) {
        Set<Amenity> set = EnumSet.noneOf(Amenity.class);
        set.addAll(fromBits(bits));
        return set;
    }
}
