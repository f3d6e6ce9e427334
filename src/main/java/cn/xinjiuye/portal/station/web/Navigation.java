package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.ChinaCoordinates.LatLng;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One-tap links to the navigation apps, each with coordinates in its own system, from a station stored in WGS-84:
 * Amap's marker link takes coordinate=wgs84, its route link takes only GCJ-02; Baidu BD-09 (coord_type=bd09ll);
 * Tencent GCJ-02.
 */
record Navigation(String amapRoute, String amapMarker, String baidu, String tencent) {

    static final String APP = "xinjiuye-portal";

    static Navigation to(double lat, double lng, String name, String address) {
        LatLng gcj = ChinaCoordinates.wgs84ToGcj02(lat, lng);
        LatLng bd = ChinaCoordinates.wgs84ToBd09(lat, lng);
        String n = enc(name);
        return new Navigation(
                "https://uri.amap.com/navigation?to=" + fmt(gcj.lng()) + "," + fmt(gcj.lat()) + "," + n
                        + "&mode=car&callnative=1&src=" + APP,
                "https://uri.amap.com/marker?position=" + fmt(lng) + "," + fmt(lat) + "&name=" + n
                        + "&coordinate=wgs84&callnative=1&src=" + APP,
                "https://api.map.baidu.com/marker?location=" + fmt(bd.lat()) + "," + fmt(bd.lng()) + "&title=" + n
                        + "&content=" + enc(address == null ? name : address)
                        + "&output=html&coord_type=bd09ll&src=webapp." + APP,
                "https://apis.map.qq.com/uri/v1/routeplan?type=drive&to=" + n + "&tocoord=" + fmt(gcj.lat()) + ","
                        + fmt(gcj.lng()) + "&referer=" + APP);
    }

    static String fmt(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
