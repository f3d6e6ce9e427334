package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.internal.StationPhoto;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/**
 * Where a WGS-84 point is drawn on the configured tiles: shifted to GCJ-02 when the tiles are Amap's. Also the model
 * attributes every page with a station's map needs, and the station's photo as a response.
 */
final class MapPoints {

    private MapPoints() {}

    static double[] onMap(MapProperties map, double lat, double lng) {
        if (map.tilesInGcj02()) {
            ChinaCoordinates.LatLng g = ChinaCoordinates.wgs84ToGcj02(lat, lng);
            return new double[] {g.lat(), g.lng()};
        }
        return new double[] {lat, lng};
    }

    /** The map settings ("map") and where a station at lat, lng is drawn ({@code prefix + "Lat"}, {@code prefix + "Lng"}). */
    static void addStation(Model model, MapProperties map, double lat, double lng, String prefix) {
        double[] p = onMap(map, lat, lng);
        model.addAttribute("map", map);
        model.addAttribute(prefix + "Lat", p[0]);
        model.addAttribute(prefix + "Lng", p[1]);
    }

    /** A station's photo, never cached without asking again; 404 when it has none. */
    static ResponseEntity<byte[]> photo(Optional<StationPhoto> photo) {
        return photo.map(p -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(p.getContentType()))
                        .cacheControl(CacheControl.noCache())
                        .body(p.getBytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
