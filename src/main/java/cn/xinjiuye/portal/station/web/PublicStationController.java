package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.station.StationFinder;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
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
    private final PublicStationPages pages;
    private final IconSprite icons;
    private final MapProperties map;

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
            HttpServletRequest http) {
        var ask = new PublicStationPages.NearbyAsk(lat, lng, radius, openNow, amenity, area, coords);
        model.addAttribute("page", pages.nearby(ask, locale, http.getContextPath()));
        model.addAttribute("map", map);
        return "station/public-nearby";
    }

    /**
     * A station's page; a suspended one says so, with its reason, and lists the nearest stations open now instead.
     * The navigation links are for riding (the couriers' default); the page script switches them to the mode the
     * courier chose once ({@code station/nav-mode}).
     */
    @GetMapping("/{id}")
    String show(@PathVariable long id, Locale locale, Model model, HttpServletRequest http) {
        PublicStationPages.StationPage page = pages.station(id, locale, http.getContextPath());
        model.addAttribute("page", page);
        model.addAttribute("map", map);
        return page.station().suspended() ? "station/public-suspended" : "station/public-station";
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

    /** The icon sprite under its content-hashed name (IconSprite): a year, immutable; an old name is 404. */
    @GetMapping("/icons/{file}")
    ResponseEntity<String> icons(@PathVariable String file) {
        return icons.file(file)
                .map(svg -> ResponseEntity.ok()
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                .cachePublic()
                                .immutable())
                        .body(svg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
