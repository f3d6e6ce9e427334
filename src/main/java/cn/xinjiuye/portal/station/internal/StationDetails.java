package cn.xinjiuye.portal.station.internal;

import java.util.Set;

/**
 * What staff give for a station, from the form or a row of an import; coordinates already in WGS-84. {@code
 * publicPhone}: the manager's phone is the station's public contact (shown to couriers); an import leaves it off.
 */
public record StationDetails(
        String name,
        HostType hostType,
        String address,
        double lat,
        double lng,
        String communityCode,
        OpeningHours hours,
        Set<Amenity> amenities,
        String managerName,
        String managerPhone,
        boolean publicPhone,
        StationStatus status,
        String suspendReason) {}
