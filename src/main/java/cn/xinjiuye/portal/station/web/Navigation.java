package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.ChinaCoordinates.LatLng;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One-tap links to the navigation apps for one travel mode, each with coordinates in its own system, from a station
 * stored in WGS-84: Amap's route (uri.amap.com/navigation, GCJ-02 only) and its marker link (coordinate=wgs84),
 * Baidu's route (api.map.baidu.com/direction, BD-09 with coord_type=bd09ll), Tencent's route plan
 * (apis.map.qq.com/uri/v1/routeplan, GCJ-02). Without an origin the apps start from where the phone is. The page
 * script switches the mode in place by the one parameter each app names it with ({@link Mode}).
 */
record Navigation(String amapRoute, String amapMarker, String baidu, String tencent) {

    static final String APP = "xinjiuye-portal";

    /** A travel mode and the word each app's URI API uses for it. Riding is the couriers' default. */
    enum Mode {
        RIDE("ride", "riding", "bike"),
        WALK("walk", "walking", "walk"),
        DRIVE("car", "driving", "drive");

        final String amap;
        final String baidu;
        final String tencent;

        Mode(String amap, String baidu, String tencent) {
            this.amap = amap;
            this.baidu = baidu;
            this.tencent = tencent;
        }

        /** The mode named (ride, walk, drive; any case), or riding for anything else. */
        static Mode of(String name) {
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(name)) {
                    return m;
                }
            }
            return RIDE;
        }
    }

    static Navigation to(double lat, double lng, String name, Mode mode) {
        return to(lat, lng, name, mode, null);
    }

    /** The links to a station; {@code from} (WGS-84, may be null) is where the courier searched from. */
    static Navigation to(double lat, double lng, String name, Mode mode, LatLng from) {
        LatLng gcj = ChinaCoordinates.wgs84ToGcj02(lat, lng);
        LatLng bd = ChinaCoordinates.wgs84ToBd09(lat, lng);
        String n = enc(name);
        String baiduOrigin = "";
        if (from != null) {
            LatLng o = ChinaCoordinates.wgs84ToBd09(from.lat(), from.lng());
            baiduOrigin = "origin=latlng:" + fmt(o.lat()) + "," + fmt(o.lng()) + "&";
        }
        return new Navigation(
                "https://uri.amap.com/navigation?to=" + fmt(gcj.lng()) + "," + fmt(gcj.lat()) + "," + n + "&mode="
                        + mode.amap + "&callnative=1&src=" + APP,
                "https://uri.amap.com/marker?position=" + fmt(lng) + "," + fmt(lat) + "&name=" + n
                        + "&coordinate=wgs84&callnative=1&src=" + APP,
                "https://api.map.baidu.com/direction?" + baiduOrigin + "destination=latlng:" + fmt(bd.lat()) + ","
                        + fmt(bd.lng()) + "%7Cname:" + n + "&mode=" + mode.baidu
                        + "&output=html&coord_type=bd09ll&src=webapp." + APP,
                "https://apis.map.qq.com/uri/v1/routeplan?type=" + mode.tencent + "&to=" + n + "&tocoord="
                        + fmt(gcj.lat()) + "," + fmt(gcj.lng()) + "&referer=" + APP);
    }

    /**
     * Six decimals, as {@code %.6f} writes them (same rounding), without a Formatter: a profile found it costly. A
     * positive value whose millionths are not within a hair of a half is rounded as a long; the rest (ties as
     * 41.1198265, negatives, huge values) by BigDecimal, whose decimal digits are those {@code %.6f} rounds.
     */
    static String fmt(double degrees) {
        double micro = degrees * 1_000_000d;
        double fraction = micro - Math.floor(micro);
        if (degrees >= 0 && micro < 1e15 && Math.abs(fraction - 0.5) > 1e-4) {
            long scaled = Math.round(micro);
            String digits = Long.toString(scaled % 1_000_000 + 1_000_000);
            return (scaled / 1_000_000) + "." + digits.substring(1);
        }
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
