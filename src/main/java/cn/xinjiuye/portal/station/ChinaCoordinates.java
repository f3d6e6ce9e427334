package cn.xinjiuye.portal.station;

/**
 * WGS-84 ↔ GCJ-02 ↔ BD-09, the three coordinate systems of web maps in China. Stations are stored in WGS-84 (GPS,
 * OpenStreetMap, Tianditu ≈ CGCS2000); Amap and Tencent draw GCJ-02, Baidu BD-09. GCJ-02 is the published offset
 * formula on the Krasovsky ellipsoid; its inverse has no closed form and is found by iteration (≈ 1e-9° here).
 * Points outside mainland China (the usual bounding box) are left unchanged, as the maps themselves do.
 */
public final class ChinaCoordinates {

    /** A point as latitude and longitude in degrees. */
    public record LatLng(double lat, double lng) {}

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;

    private ChinaCoordinates() {}

    public static boolean outsideChina(double lat, double lng) {
        return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    public static LatLng wgs84ToGcj02(double lat, double lng) {
        if (outsideChina(lat, lng)) {
            return new LatLng(lat, lng);
        }
        double[] d = delta(lat, lng);
        return new LatLng(lat + d[0], lng + d[1]);
    }

    /** The inverse of {@link #wgs84ToGcj02}, by fixed-point iteration. */
    public static LatLng gcj02ToWgs84(double lat, double lng) {
        if (outsideChina(lat, lng)) {
            return new LatLng(lat, lng);
        }
        double wLat = lat;
        double wLng = lng;
        for (int i = 0; i < 30; i++) {
            LatLng g = wgs84ToGcj02(wLat, wLng);
            double dLat = g.lat() - lat;
            double dLng = g.lng() - lng;
            wLat -= dLat;
            wLng -= dLng;
            if (Math.abs(dLat) < 1e-10 && Math.abs(dLng) < 1e-10) {
                break;
            }
        }
        return new LatLng(wLat, wLng);
    }

    public static LatLng gcj02ToBd09(double lat, double lng) {
        if (outsideChina(lat, lng)) {
            return new LatLng(lat, lng);
        }
        double z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
        return new LatLng(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065);
    }

    public static LatLng bd09ToGcj02(double lat, double lng) {
        if (outsideChina(lat, lng)) {
            return new LatLng(lat, lng);
        }
        double x = lng - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new LatLng(z * Math.sin(theta), z * Math.cos(theta));
    }

    public static LatLng wgs84ToBd09(double lat, double lng) {
        LatLng gcj = wgs84ToGcj02(lat, lng);
        return gcj02ToBd09(gcj.lat(), gcj.lng());
    }

    public static LatLng bd09ToWgs84(double lat, double lng) {
        LatLng gcj = bd09ToGcj02(lat, lng);
        return gcj02ToWgs84(gcj.lat(), gcj.lng());
    }

    private static double[] delta(double lat, double lng) {
        double dLat = transformLat(lng - 105.0, lat - 35.0);
        double dLng = transformLng(lng - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLat, dLng};
    }

    private static double transformLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLng(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
