package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.station.Area;
import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.StationFinder;
import cn.xinjiuye.portal.station.internal.PublicStation;
import cn.xinjiuye.portal.station.internal.StationChecks;
import cn.xinjiuye.portal.station.internal.StationChecks.Confirmation;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The couriers' two pages as view records, one per request: the nearby search (asking for a location, its problems,
 * or the list) and a station's page (open, or suspended with the nearest open ones instead).
 */
@Component
@RequiredArgsConstructor
class PublicStationPages {

    static final List<Integer> RADII = List.of(1000, 3000, 5000, 10000, 20000, 50000);

    private final StationFinder finder;
    private final StationChecks checks;
    private final NearbyHits rows;
    private final MapProperties map;
    private final MessageSource messages;
    private final Clock clock;

    /** The search as typed into the page's URL: a point (WGS-84, or GCJ-02 from a tap on Amap's tiles) or a community. */
    record NearbyAsk(String lat, String lng, String radius, String openNow, String amenity, Long area, String coords) {

        boolean open() {
            return "true".equals(openNow) || "on".equals(openNow);
        }
    }

    /**
     * The nearby page: {@code hits} is null while it asks for a location (then {@code areas} are offered) or when the
     * location is wrong ({@code problems} in words); else the list, its origin on the map and the filters (their
     * {@code <option>}s made by {@link NearbyHits}).
     */
    record NearbyPage(
            boolean openNow,
            Long area,
            String areaName,
            boolean locating,
            List<Area> areas,
            List<String> problems,
            List<NearbyHits.Hit> hits,
            String lat,
            String lng,
            double originMapLat,
            double originMapLng,
            String amenityOptions,
            String radiusOptions) {

        /** The rows as markup, for the page's one {@code th:utext}. */
        public String list() {
            return NearbyHits.html(hits);
        }
    }

    /** A station's page; {@code nearbyOpen} only for a suspended one, the hours and navigation for an open one. */
    record StationPage(
            PublicStation station,
            double mapLat,
            double mapLng,
            List<NearbyHits.Hit> nearbyOpen,
            boolean openNow,
            DayOfWeek today,
            List<DayOfWeek> days,
            Navigation nav,
            boolean hasPhoto,
            Confirmation confirmation) {

        /** The open stations around a suspended one as markup, for the page's one {@code th:utext}. */
        public String nearbyOpenList() {
            return NearbyHits.html(nearbyOpen);
        }
    }

    NearbyPage nearby(NearbyAsk ask, Locale locale, String context) {
        String lat = ask.lat();
        String lng = ask.lng();
        Area chosen = ask.area() == null ? null : finder.area(ask.area()).orElse(null);
        if (chosen != null) {
            lat = String.valueOf(chosen.lat());
            lng = String.valueOf(chosen.lng());
        }
        String areaName = chosen == null ? null : chosen.name();
        if (blank(lat) && blank(lng)) {
            return asking(ask, areaName, true, null);
        }
        String coord = "GCJ02".equalsIgnoreCase(ask.coords()) ? "gcj02" : null;
        NearbyRequest request = NearbyRequest.parse(lat, lng, ask.radius(), null, ask.openNow(), ask.amenity(), coord);
        if (!request.ok()) {
            List<String> problems = request.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.args(), locale))
                    .toList();
            return asking(ask, areaName, false, problems);
        }
        StationFinder.Query q = request.query();
        List<NearbyHits.Hit> hits =
                rows.of(finder.nearby(q), new ChinaCoordinates.LatLng(q.lat(), q.lng()), locale, context);
        double[] origin = MapPoints.onMap(map, q.lat(), q.lng());
        return new NearbyPage(
                ask.open(),
                ask.area(),
                areaName,
                false,
                null,
                null,
                hits,
                Navigation.fmt(q.lat()),
                Navigation.fmt(q.lng()),
                origin[0],
                origin[1],
                rows.amenityOptions(ask.amenity(), locale),
                rows.radiusOptions(RADII, finder.radiusOf(q.radius()), locale));
    }

    StationPage station(long id, Locale locale, String context) {
        PublicStation station = finder.publicPage(id);
        double[] point = MapPoints.onMap(map, station.lat(), station.lng());
        if (station.suspended()) {
            List<NearbyHits.Hit> open =
                    rows.of(finder.openAround(station.lat(), station.lng(), id, 5), null, locale, context);
            return new StationPage(station, point[0], point[1], open, false, null, null, null, false, null);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return new StationPage(
                station,
                point[0],
                point[1],
                null,
                station.hours().isOpenAt(now),
                now.getDayOfWeek(),
                List.of(DayOfWeek.values()),
                Navigation.to(station.lat(), station.lng(), station.name(), Navigation.Mode.RIDE),
                finder.hasPublicPhoto(id),
                checks.confirmation(id).orElse(null));
    }

    private NearbyPage asking(NearbyAsk ask, String areaName, boolean locating, List<String> problems) {
        return new NearbyPage(
                ask.open(),
                ask.area(),
                areaName,
                locating,
                finder.areas(),
                problems,
                null,
                null,
                null,
                0,
                0,
                null,
                null);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
