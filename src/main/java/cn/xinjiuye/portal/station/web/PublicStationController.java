package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.station.Area;
import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.StationFinder;
import cn.xinjiuye.portal.station.internal.Amenity;
import cn.xinjiuye.portal.station.internal.PublicStation;
import cn.xinjiuye.portal.station.internal.StationChecks;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
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
    private final NearbyHits rows;
    private final IconSprite icons;
    private final StationChecks checks;

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
        model.addAttribute("iconSprite", icons.sprite());
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
        List<NearbyHits.Hit> hits =
                rows.of(finder.nearby(q), new ChinaCoordinates.LatLng(q.lat(), q.lng()), locale, http.getContextPath());
        double[] origin = MapPoints.onMap(map, q.lat(), q.lng());
        model.addAttribute("hits", hits);
        model.addAttribute("lat", Navigation.fmt(q.lat()));
        model.addAttribute("lng", Navigation.fmt(q.lng()));
        model.addAttribute("originMapLat", origin[0]);
        model.addAttribute("originMapLng", origin[1]);
        model.addAttribute("radius", finder.radiusOf(q.radius()));
        model.addAttribute("radii", List.of(1000, 3000, 5000, 10000, 20000, 50000));
        return "station/public-nearby";
    }

    /**
     * A station's page; a suspended one says so, with its reason, and lists the nearest stations open now instead.
     * The navigation links are for riding (the couriers' default); the page script switches them to the mode the
     * courier chose once ({@code station/nav-mode}).
     */
    @GetMapping("/{id}")
    String show(@PathVariable long id, Locale locale, Model model, jakarta.servlet.http.HttpServletRequest http) {
        PublicStation station = finder.publicPage(id);
        model.addAttribute("station", station);
        model.addAttribute("iconSprite", icons.sprite());
        MapPoints.addStation(model, map, station.lat(), station.lng(), "map");
        if (station.suspended()) {
            model.addAttribute(
                    "hits",
                    rows.of(
                            finder.openAround(station.lat(), station.lng(), id, 5),
                            null,
                            locale,
                            http.getContextPath()));
            return "station/public-suspended";
        }
        model.addAttribute("hours", station.hours());
        model.addAttribute("openNow", station.hours().isOpenAt(LocalDateTime.now(clock)));
        model.addAttribute("today", LocalDate.now(clock).getDayOfWeek());
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("nav", Navigation.to(station.lat(), station.lng(), station.name(), Navigation.Mode.RIDE));
        model.addAttribute("hasPhoto", finder.publicPhoto(id).isPresent());
        model.addAttribute("confirmation", checks.confirmation(id).orElse(null));
        return "station/public-station";
    }

    @GetMapping("/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return MapPoints.photo(finder.publicPhoto(id));
    }

    /** The list's thumbnail: its URL names the photo's version (?v=), so it is cached for a year. */
    @GetMapping("/{id}/thumb")
    ResponseEntity<byte[]> thumb(@PathVariable long id) {
        return finder.publicThumb(id)
                .map(t -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(t.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                .cachePublic()
                                .immutable())
                        .body(t.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
