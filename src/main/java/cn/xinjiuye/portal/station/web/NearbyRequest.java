package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.station.StationFinder;
import cn.xinjiuye.portal.station.internal.Amenity;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a nearby search as typed into a URL, checked one by one so the page and the API can say in
 * words what is wrong: a missing, non-numeric or out-of-range latitude or longitude, a radius or limit that is not
 * a whole number, an unknown amenity. Radius and limit are capped by the finder, not refused.
 */
record NearbyRequest(StationFinder.Query query, List<Problem> problems) {

    /** What is wrong with one parameter: a message key and its arguments. */
    record Problem(String field, String messageKey, Object... args) {}

    static NearbyRequest parse(String lat, String lng, String radius, String limit, String openNow, String amenity) {
        List<Problem> problems = new ArrayList<>();
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
            return new NearbyRequest(null, problems);
        }
        return new NearbyRequest(new StationFinder.Query(la, ln, r, l, open, a), List.of());
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
