package cn.xinjiuye.portal.station.internal;

import java.util.List;

/**
 * One hit of the nearby search: a station and its great-circle distance in metres from the searched point; minutes
 * to today's closing while open (-1 when closed or open all day, see {@link OpeningHours#minutesToClose}) and whether
 * the version of its photo (its upload time in epoch seconds, 0 without one).
 */
public record NearbyStation(
        long id,
        String name,
        String address,
        double lat,
        double lng,
        double distance,
        OpeningHours hours,
        List<Amenity> amenities,
        String phone,
        HostType hostType,
        boolean openNow,
        String todayHours,
        int minutesToClose,
        long photoVersion) {

    /** Closing within this many minutes counts as "closing soon". */
    public static final int CLOSING_SOON_MINUTES = 30;

    /** Open now, closing soon, or closed now. */
    public enum State {
        OPEN,
        CLOSING_SOON,
        CLOSED
    }

    public boolean hasPhoto() {
        return photoVersion != 0;
    }

    public State state() {
        if (!openNow) {
            return State.CLOSED;
        }
        return minutesToClose >= 0 && minutesToClose <= CLOSING_SOON_MINUTES ? State.CLOSING_SOON : State.OPEN;
    }
}
