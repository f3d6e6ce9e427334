package cn.xinjiuye.portal.station.internal;

import java.time.LocalDate;
import java.util.List;

/** A line of the staff station list: the community by name, the amenities and the latest 六有 check. */
public record StationRow(
        Long id,
        String name,
        String address,
        String communityName,
        HostType hostType,
        List<Amenity> amenities,
        StationStatus status,
        LocalDate lastInspectedOn,
        Boolean lastInspectionPassed) {

    static StationRow of(Station s) {
        return new StationRow(
                s.getId(),
                s.getName(),
                s.getAddress(),
                s.getCommunity().getName(),
                s.getHostType(),
                s.getAmenities(),
                s.getStatus(),
                s.getLastInspectedOn(),
                s.getLastInspectionPassed());
    }

    /** As {@link Station#inspectionOverdue}. */
    public boolean inspectionOverdue(LocalDate today, int intervalDays) {
        return Station.inspectionOverdue(lastInspectedOn, today, intervalDays);
    }
}
