package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.common.web.IconUrls;
import cn.xinjiuye.portal.station.Area;
import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.StationFinder;
import cn.xinjiuye.portal.station.internal.Amenity;
import cn.xinjiuye.portal.station.internal.NearbyStation;
import cn.xinjiuye.portal.station.internal.OpeningHours;
import cn.xinjiuye.portal.station.internal.Station;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 附近驿站 for couriers, no sign-in, phone first. Without a location the page asks the browser for one; when that is
 * refused the courier chooses a community or taps the map. With a location it lists the nearest open stations
 * (server-rendered, so it works on any phone) and draws them on the map.
 */
@Controller
@RequestMapping("/public/stations")
@RequiredArgsConstructor
class PublicStationController {

    private final StationFinder finder;
    private final MapProperties map;
    private final MessageSource messages;
    private final Clock clock;
    private final IconUrls icons;

    /**
     * A hit as shown, every text already made (the list is the page's hot path: plain properties render fast):
     * name, link, distance in words, open now, today's hours, amenity icons and their names, and the point in the
     * map's coordinate system.
     */
    record Hit(
            long id,
            String name,
            String address,
            String url,
            String distance,
            boolean open,
            String openLabel,
            String today,
            List<AmenityLabel> amenities,
            double mapLat,
            double mapLng) {}

    /** An amenity as the list shows it: its icon and its name in the page's language. */
    record AmenityLabel(String iconUrl, String name) {}

    @GetMapping
    String nearby(
            @RequestParam(required = false) String lat,
            @RequestParam(required = false) String lng,
            @RequestParam(required = false) String radius,
            @RequestParam(required = false) String openNow,
            @RequestParam(required = false) String amenity,
            @RequestParam(required = false) Long area,
            @RequestParam(required = false) String coords,
            Locale locale,
            Model model,
            jakarta.servlet.http.HttpServletRequest http) {
        model.addAttribute("map", map);
        model.addAttribute("amenities", Amenity.values());
        model.addAttribute("openNow", "true".equals(openNow) || "on".equals(openNow));
        model.addAttribute("amenity", amenity);
        model.addAttribute("area", area);
        if (area != null) {
            Area chosen = finder.area(area).orElse(null);
            if (chosen != null) {
                lat = String.valueOf(chosen.lat());
                lng = String.valueOf(chosen.lng());
                model.addAttribute("areaName", chosen.name());
            }
        }
        boolean noLocation = (lat == null || lat.isBlank()) && (lng == null || lng.isBlank());
        if (noLocation) {
            model.addAttribute("locating", true);
            model.addAttribute("areas", finder.areas());
            return "station/public-nearby";
        }
        NearbyRequest request = NearbyRequest.parse(lat, lng, radius, null, openNow, amenity);
        if (!request.ok()) {
            model.addAttribute(
                    "problems",
                    request.problems().stream()
                            .map(p -> messages.getMessage(p.messageKey(), p.args(), locale))
                            .toList());
            model.addAttribute("areas", finder.areas());
            return "station/public-nearby";
        }
        StationFinder.Query q = request.query();
        if ("GCJ02".equalsIgnoreCase(coords)) {
            ChinaCoordinates.LatLng w = ChinaCoordinates.gcj02ToWgs84(q.lat(), q.lng());
            q = new StationFinder.Query(w.lat(), w.lng(), q.radius(), q.limit(), q.openNow(), q.amenity());
        }
        String context = http.getContextPath();
        List<Hit> hits =
                finder.nearby(q).stream().map(s -> hit(s, locale, context)).toList();
        double[] origin = onMap(q.lat(), q.lng());
        model.addAttribute("hits", hits);
        model.addAttribute("lat", Navigation.fmt(q.lat()));
        model.addAttribute("lng", Navigation.fmt(q.lng()));
        model.addAttribute("originMapLat", origin[0]);
        model.addAttribute("originMapLng", origin[1]);
        model.addAttribute("radius", finder.radiusOf(q.radius()));
        model.addAttribute("radii", List.of(1000, 3000, 5000, 10000, 20000, 50000));
        return "station/public-nearby";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Station station = finder.publicStation(id);
        model.addAttribute("station", station);
        model.addAttribute("hours", station.getHours());
        model.addAttribute("openNow", station.getHours().isOpenAt(LocalDateTime.now(clock)));
        model.addAttribute("today", LocalDate.now(clock).getDayOfWeek());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute(
                "nav", Navigation.to(station.getLat(), station.getLng(), station.getName(), station.getAddress()));
        MapPoints.addStation(model, map, station.getLat(), station.getLng(), "map");
        model.addAttribute("hasPhoto", finder.publicPhoto(id).isPresent());
        return "station/public-station";
    }

    @GetMapping("/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return MapPoints.photo(finder.publicPhoto(id));
    }

    private Hit hit(NearbyStation s, Locale locale, String context) {
        double[] point = onMap(s.lat(), s.lng());
        String distance = s.distance() < 1000
                ? messages.getMessage("station.distance.m", new Object[] {Math.round(s.distance())}, locale)
                : messages.getMessage(
                        "station.distance.km",
                        new Object[] {String.format(Locale.ROOT, "%.1f", s.distance() / 1000)},
                        locale);
        String t = s.todayHours();
        String today = OpeningHours.CLOSED.equals(t)
                ? messages.getMessage("station.todayClosed", null, locale)
                : messages.getMessage(
                        "station.today",
                        new Object[] {
                            OpeningHours.ALL_DAY.equals(t)
                                    ? messages.getMessage("station.hours.allDay", null, locale)
                                    : t
                        },
                        locale);
        List<AmenityLabel> amenities = s.amenities().stream()
                .map(a -> new AmenityLabel(
                        context + icons.url(a.icon()), messages.getMessage(a.messageKey(), null, locale)))
                .toList();
        return new Hit(
                s.id(),
                s.name(),
                s.address(),
                context + "/public/stations/" + s.id(),
                distance,
                s.openNow(),
                messages.getMessage(s.openNow() ? "station.openNow" : "station.closedNow", null, locale),
                today,
                amenities,
                point[0],
                point[1]);
    }

    private double[] onMap(double lat, double lng) {
        return MapPoints.onMap(map, lat, lng);
    }
}
