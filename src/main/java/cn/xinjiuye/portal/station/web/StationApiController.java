package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.station.ChinaCoordinates;
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
 * The nearby search as JSON for mini-program clients, public and read-only: WGS-84 degrees in and out by default,
 * GCJ-02 in and out with {@code coord=gcj02} (what WeChat's wx.getLocation gives and wx.openLocation takes);
 * great-circle metres, nearest first. Bad input is a 400 with a readable body ({@link StationApiErrors}).
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
            String coord,
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
            @RequestParam(required = false) String amenity,
            @RequestParam(required = false) String coord) {
        NearbyRequest request = NearbyRequest.parse(lat, lng, radius, limit, openNow, amenity, coord);
        if (!request.ok()) {
            throw new StationApiErrors.BadNearbyRequest(request.problems());
        }
        StationFinder.Query q = request.query();
        boolean gcj02 = request.gcj02();
        List<ApiStation> found =
                finder.nearby(q).stream().map(s -> api(s, gcj02)).toList();
        ChinaCoordinates.LatLng at = in(q.lat(), q.lng(), gcj02);
        return new NearbyResponse(
                gcj02 ? "gcj02" : "wgs84",
                at.lat(),
                at.lng(),
                finder.radiusOf(q.radius()),
                finder.limitOf(q.limit()),
                q.openNow(),
                q.amenity(),
                found.size(),
                found);
    }

    private static ChinaCoordinates.LatLng in(double lat, double lng, boolean gcj02) {
        return gcj02 ? ChinaCoordinates.wgs84ToGcj02(lat, lng) : new ChinaCoordinates.LatLng(lat, lng);
    }

    private static ApiStation api(NearbyStation s, boolean gcj02) {
        ChinaCoordinates.LatLng p = in(s.lat(), s.lng(), gcj02);
        return new ApiStation(
                s.id(),
                s.name(),
                s.address(),
                p.lat(),
                p.lng(),
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
