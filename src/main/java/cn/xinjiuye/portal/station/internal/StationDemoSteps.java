package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.images.DemoPictures;
import cn.xinjiuye.portal.demo.DemoPlan;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The steps the station demos share: a station registered, inspected and its services recorded, each a call of
 * {@link StationService} as the staff member who would make it. Station ids pass between steps by name.
 */
@Component
@RequiredArgsConstructor
class StationDemoSteps {

    private static final String[] HOURS = {"08:00-20:00", "09:00-17:00", "24h", "closed"};

    private final StationService stations;
    private final StationPhotos photos;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /** A station as its street's or district's staff register it, at 10:00 of {@code on}. */
    void register(DemoPlan plan, LocalDate on, String actor, StationDetails details) {
        plan.at(
                on.atTime(10, 0),
                actor,
                () -> ids.put(details.name(), stations.create(details).getId()));
    }

    /** A 六有 inspection at 15:00 of {@code on}; {@code missing} the checks that failed (0 site … 5 manager). */
    void inspect(
            DemoPlan plan, LocalDate on, String actor, String station, String inspector, String note, int... missing) {
        boolean[] checks = new boolean[6];
        Arrays.fill(checks, true);
        for (int m : missing) {
            checks[m] = false;
        }
        plan.at(on.atTime(15, 0), actor, () -> stations.recordInspection(id(station), on, inspector, checks, note));
    }

    /** A day's services of one station, recorded at 18:30 of that day; {@code counts} per kind, 0 for none. */
    void serve(DemoPlan plan, LocalDate on, String actor, String station, int... counts) {
        plan.at(on.atTime(18, 30), actor, () -> {
            long id = id(station);
            ServiceKind[] kinds = ServiceKind.values();
            for (int k = 0; k < counts.length && k < kinds.length; k++) {
                if (counts[k] > 0) {
                    stations.recordService(id, on, kinds[k], counts[k]);
                }
            }
        });
    }

    /** A photo of the station's front (drawn, see {@link DemoPictures}), uploaded at 11:00 of {@code on}. */
    void photograph(DemoPlan plan, LocalDate on, String actor, String station, int seed) {
        plan.at(on.atTime(11, 0), actor, () -> photos.save(id(station), DemoPictures.station(seed)));
    }

    long id(String station) {
        Long id = ids.get(station);
        if (id == null) {
            throw new IllegalStateException("the demo station " + station + " was not registered before this step");
        }
        return id;
    }

    /** Hours the same on the five weekdays and on the weekend, as 0 (08–20), 1 (09–17), 2 (24h) or 3 (closed). */
    static OpeningHours hours(String weekdays, String weekend) {
        return OpeningHours.parse(String.join(",", weekdays, weekdays, weekdays, weekdays, weekdays, weekend, weekend));
    }

    static OpeningHours hours(int weekdays, int weekend) {
        return hours(HOURS[weekdays], HOURS[weekend]);
    }

    static Set<Amenity> amenities(Amenity first, Amenity... more) {
        return EnumSet.of(first, more);
    }
}
