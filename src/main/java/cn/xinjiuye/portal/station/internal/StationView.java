package cn.xinjiuye.portal.station.internal;

import java.time.LocalDate;
import java.util.List;

/** A station as its staff page and its edit form show it, with its community by code and name. */
public record StationView(
        Long id,
        String name,
        HostType hostType,
        String address,
        double lat,
        double lng,
        Community community,
        OpeningHours hours,
        List<Amenity> amenities,
        String managerName,
        String managerPhone,
        boolean publicPhone,
        StationStatus status,
        String suspendReason,
        LocalDate lastInspectedOn,
        Boolean lastInspectionPassed,
        long version) {

    /** The station's community. */
    public record Community(String code, String name) {}

    /** A 六有 inspection as the station's page lists it. */
    public record Inspection(LocalDate inspectedOn, String inspector, boolean[] checks, String note) {

        static Inspection of(StationInspection i) {
            return new Inspection(i.getInspectedOn(), i.getInspector(), i.checks(), i.getNote());
        }
    }

    /** A day's services as the station's page lists them. */
    public record Service(LocalDate servedOn, ServiceKind kind, int count, String recordedBy) {

        static Service of(ServiceRecord r) {
            return new Service(r.getServedOn(), r.getKind(), r.getCount(), r.getRecordedBy());
        }
    }

    static StationView of(Station s) {
        return new StationView(
                s.getId(),
                s.getName(),
                s.getHostType(),
                s.getAddress(),
                s.getLat(),
                s.getLng(),
                new Community(s.getCommunity().getCode(), s.getCommunity().getName()),
                s.getHours(),
                s.getAmenities(),
                s.getManagerName(),
                s.getManagerPhone(),
                s.isPublicPhone(),
                s.getStatus(),
                s.getSuspendReason(),
                s.getLastInspectedOn(),
                s.getLastInspectionPassed(),
                s.getVersion());
    }
}
