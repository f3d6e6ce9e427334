package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.internal.Amenity;
import cn.xinjiuye.portal.station.internal.HostType;
import cn.xinjiuye.portal.station.internal.OpeningHours;
import cn.xinjiuye.portal.station.internal.StationDetails;
import cn.xinjiuye.portal.station.internal.StationStatus;
import cn.xinjiuye.portal.station.internal.StationView;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;

/**
 * What staff type for a station. The location is picked on the map or typed; {@code coordSystem} is GCJ02 when it
 * was picked on a map drawn in GCJ-02 (Amap tiles), and is then converted, since stations are stored in WGS-84.
 * Each weekday is "08:00-20:00", 24h, or empty for closed.
 */
public record StationForm(
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}")
        String name,

        @NotNull(message = "{validation.required}") HostType hostType,

        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}")
        String address,

        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "-90", message = "{station.validation.lat}")
        @DecimalMax(value = "90", message = "{station.validation.lat}")
        Double lat,

        @NotNull(message = "{validation.required}")
        @DecimalMin(value = "-180", message = "{station.validation.lng}")
        @DecimalMax(value = "180", message = "{station.validation.lng}")
        Double lng,

        String coordSystem,
        @NotBlank(message = "{validation.required}") String communityCode,
        String hoursMon,
        String hoursTue,
        String hoursWed,
        String hoursThu,
        String hoursFri,
        String hoursSat,
        String hoursSun,
        List<Amenity> amenities,
        @Size(max = 40, message = "{validation.size.max}") String managerName,

        @Pattern(regexp = Phones.OPTIONAL_MOBILE_OR_LANDLINE, message = "{station.validation.phone}")
        String managerPhone,

        Boolean publicPhone,
        @NotNull(message = "{validation.required}") StationStatus status,
        @Size(max = 200, message = "{validation.size.max}") String suspendReason,
        Long version) {

    static final List<String> DAY_FIELDS =
            List.of("hoursMon", "hoursTue", "hoursWed", "hoursThu", "hoursFri", "hoursSat", "hoursSun");

    public static StationForm empty(String communityCode) {
        return new StationForm(
                "",
                null,
                "",
                null,
                null,
                "WGS84",
                communityCode,
                "08:00-20:00",
                "08:00-20:00",
                "08:00-20:00",
                "08:00-20:00",
                "08:00-20:00",
                "09:00-17:00",
                "",
                List.of(Amenity.WATER, Amenity.CHARGING),
                "",
                "",
                false,
                StationStatus.OPEN,
                "",
                null);
    }

    public static StationForm of(StationView s) {
        List<String> d = s.hours().days().stream()
                .map(h -> OpeningHours.CLOSED.equals(h) ? "" : h)
                .toList();
        return new StationForm(
                s.name(),
                s.hostType(),
                s.address(),
                s.lat(),
                s.lng(),
                "WGS84",
                s.community().code(),
                d.get(0),
                d.get(1),
                d.get(2),
                d.get(3),
                d.get(4),
                d.get(5),
                d.get(6),
                s.amenities(),
                s.managerName(),
                s.managerPhone(),
                s.publicPhone(),
                s.status(),
                s.suspendReason(),
                s.version());
    }

    List<String> days() {
        return java.util.Arrays.asList(hoursMon, hoursTue, hoursWed, hoursThu, hoursFri, hoursSat, hoursSun);
    }

    /** The details for the service, in WGS-84; a day that cannot be read is a field error on that day. */
    StationDetails toDetails() {
        OpeningHours hours;
        try {
            hours = OpeningHours.of(days());
        } catch (OpeningHours.InvalidDay e) {
            throw new FieldRuleException(DAY_FIELDS.get(e.day()), "station.error.hours");
        }
        double wLat = lat;
        double wLng = lng;
        if ("GCJ02".equalsIgnoreCase(coordSystem)) {
            ChinaCoordinates.LatLng w = ChinaCoordinates.gcj02ToWgs84(lat, lng);
            wLat = w.lat();
            wLng = w.lng();
        }
        return new StationDetails(
                name.trim(),
                hostType,
                address.trim(),
                round(wLat),
                round(wLng),
                communityCode.trim(),
                hours,
                amenities == null || amenities.isEmpty() ? EnumSet.noneOf(Amenity.class) : EnumSet.copyOf(amenities),
                blankToNull(managerName),
                blankToNull(managerPhone),
                Boolean.TRUE.equals(publicPhone),
                status,
                blankToNull(suspendReason));
    }

    /** Seven decimals: about a centimetre. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
