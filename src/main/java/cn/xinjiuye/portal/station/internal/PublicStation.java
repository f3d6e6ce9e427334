package cn.xinjiuye.portal.station.internal;

import java.util.List;

/**
 * A station as its public page shows it to couriers: no manager, no inspection, the contact phone only when the
 * station publishes it. A view record, so that the page renders nothing the entity would load on the way.
 */
public record PublicStation(
        long id,
        String name,
        String address,
        HostType hostType,
        String publicContactPhone,
        List<Amenity> amenities,
        OpeningHours hours,
        double lat,
        double lng,
        StationStatus status,
        String suspendReason) {

    public static PublicStation of(Station s) {
        return new PublicStation(
                s.getId(),
                s.getName(),
                s.getAddress(),
                s.getHostType(),
                s.getPublicContactPhone(),
                s.getAmenities(),
                s.getHours(),
                s.getLat(),
                s.getLng(),
                s.getStatus(),
                s.getSuspendReason());
    }

    public boolean suspended() {
        return status == StationStatus.SUSPENDED;
    }
}
