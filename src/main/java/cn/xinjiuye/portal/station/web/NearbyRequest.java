package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.StationFinder;
import cn.xinjiuye.portal.station.internal.Amenity;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a nearby search as typed into a URL, checked one by one so the page and the API can say in
 * words what is wrong: a missing, non-numeric or out-of-range latitude or longitude, a radius or limit that is not
 * a whole number, an unknown amenity, a coordinate system other than wgs84 or gcj02. Radius and limit are capped by
 * the finder, not refused. The query is always in WGS-84: a GCJ-02 point (a WeChat mini-program's) is shifted back,
 * and {@link #gcj02()} says the answer must be shifted to GCJ-02 too.
 */
record NearbyRequest(StationFinder.Query query, List<Problem> problems, boolean gcj02) {

    /** What is wrong with one parameter: a message key and its arguments. */
    record Problem(String field, String messageKey, Object... args) {}

    static NearbyRequest parse(String lat, String lng, String radius, String limit, String openNow, String amenity) {
        return parse(lat, lng, radius, limit, openNow, amenity, null);
    }

    /** With the coordinate system of the point asked and of the answer: wgs84 (when blank) or gcj02. */
    static NearbyRequest parse(
            String lat, String lng, String radius, String limit, String openNow, String amenity, String coord) {
        List<Problem> problems = new ArrayList<>();
        boolean gcj02 = false;
        if (coord != null && !coord.isBlank()) {
            String c = coord.trim().toLowerCase(java.util.Locale.ROOT);
            if (c.equals("gcj02")) {
                gcj02 = true;
            } else if (!c.equals("wgs84")) {
                problems.add(new Problem("coord", "station.nearby.error.coord", coord.trim()));
            }
        }
        Double la = coordinate("lat", lat, 90, problems);
        Double ln = coordinate("lng", lng, 180, problems);
        Integer r = whole("radius", radius, problems);
        Integer l = whole("limit", limit, problems);
        Amenity a = null;
        if (amenity != null && !amenity.isBlank()) {
            try {
                a = Amenity.valueOf(amenity.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("amenity", "station.nearby.error.amenity", amenity.trim()));
            }
        }
        boolean open = openNow != null
                && (openNow.equalsIgnoreCase("true") || openNow.equals("1") || openNow.equalsIgnoreCase("on"));
        if (!problems.isEmpty()) {
            return new NearbyRequest(null, problems, gcj02);
        }
        if (gcj02) {
            ChinaCoordinates.LatLng w = ChinaCoordinates.gcj02ToWgs84(la, ln);
            la = w.lat();
            ln = w.lng();
        }
        return new NearbyRequest(new StationFinder.Query(la, ln, r, l, open, a), List.of(), gcj02);
    }

    boolean ok() {
        return problems.isEmpty();
    }

    private static Double coordinate(String field, String value, double max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "station.nearby.error." + field + ".missing"));
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "station.nearby.error." + field + ".number", value.trim()));
            return null;
        }
        if (Double.isNaN(d) || Double.isInfinite(d) || d < -max || d > max) {
            problems.add(new Problem(field, "station.nearby.error." + field + ".range", value.trim()));
            return null;
        }
        return d;
    }

    private static Integer whole(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, "station.nearby.error.whole", field, value.trim()));
            return null;
        }
    }
}
