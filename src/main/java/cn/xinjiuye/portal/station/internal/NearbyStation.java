package cn.xinjiuye.portal.station.internal;

import java.util.List;

/** One hit of the nearby search: a station and its great-circle distance in metres from the searched point. */
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
        String todayHours) {}
