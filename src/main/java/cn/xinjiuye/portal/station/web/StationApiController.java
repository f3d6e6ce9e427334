package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.station.StationFinder;
import cn.xinjiuye.portal.station.internal.Amenity;
import cn.xinjiuye.portal.station.internal.NearbyStation;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The nearby search as JSON for mini-program clients, public and read-only: WGS-84 degrees in, great-circle metres
 * out, nearest first. Bad input is a 400 with a readable body ({@link StationApiErrors}).
 */
@RestController
@RequestMapping("/api/stations")
@RequiredArgsConstructor
class StationApiController {

    private final StationFinder finder;

    record ApiStation(
            long id,
            String name,
            String address,
            double lat,
            double lng,
            long distance,
            boolean openNow,
            String todayHours,
            List<String> hours,
            List<Amenity> amenities,
            String phone,
            String hostType,
            String url) {}

    record NearbyResponse(
            double lat,
            double lng,
            int radius,
            int limit,
            boolean openNow,
            Amenity amenity,
            int count,
            List<ApiStation> stations) {}

    @GetMapping("/nearby")
    NearbyResponse nearby(
            @RequestParam(required = false) String lat,
            @RequestParam(required = false) String lng,
            @RequestParam(required = false) String radius,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String openNow,
            @RequestParam(required = false) String amenity) {
        NearbyRequest request = NearbyRequest.parse(lat, lng, radius, limit, openNow, amenity);
        if (!request.ok()) {
            throw new StationApiErrors.BadNearbyRequest(request.problems());
        }
        StationFinder.Query q = request.query();
        List<ApiStation> found =
                finder.nearby(q).stream().map(StationApiController::api).toList();
        return new NearbyResponse(
                q.lat(),
                q.lng(),
                finder.radiusOf(q.radius()),
                finder.limitOf(q.limit()),
                q.openNow(),
                q.amenity(),
                found.size(),
                found);
    }

    private static ApiStation api(NearbyStation s) {
        return new ApiStation(
                s.id(),
                s.name(),
                s.address(),
                s.lat(),
                s.lng(),
                Math.round(s.distance()),
                s.openNow(),
                s.todayHours(),
                s.hours().days(),
                s.amenities(),
                s.phone(),
                s.hostType().name(),
                "/public/stations/" + s.id());
    }
}
