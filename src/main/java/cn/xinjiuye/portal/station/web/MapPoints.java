package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.station.ChinaCoordinates;

/** Where a WGS-84 point is drawn on the configured tiles: shifted to GCJ-02 when the tiles are Amap's. */
final class MapPoints {

    private MapPoints() {}

    static double[] onMap(MapProperties map, double lat, double lng) {
        if (map.tilesInGcj02()) {
            ChinaCoordinates.LatLng g = ChinaCoordinates.wgs84ToGcj02(lat, lng);
            return new double[] {g.lat(), g.lng()};
        }
        return new double[] {lat, lng};
    }
}
