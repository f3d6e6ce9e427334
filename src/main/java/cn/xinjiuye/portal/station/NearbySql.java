package cn.xinjiuye.portal.station;

/**
 * The nearby search, alone in a class without dependencies so the benchmark (benchmark/StationsBenchmark.java)
 * runs exactly this text. earth_box(...) @> ll_to_earth(lat, lng) is answered by the GiST index station_earth_idx;
 * earth_distance gives great-circle metres (earthdistance's sphere, radius 6378168 m). Named parameters:
 * lat, lng (WGS-84 degrees), radius (m), amenity (a bit, 0 for any), openNow, dow (1 = Monday), mins (minute of
 * the day in Beijing time), lim.
 */
public final class NearbySql {

    public static final String SQL = """
            select s.id, s.name, s.address, s.lat, s.lng, s.opening_hours, s.amenities, s.manager_phone, s.host_type,
                   earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(s.lat, s.lng)) as distance
              from station s
             where earth_box(ll_to_earth(:lat, :lng), :radius) @> ll_to_earth(s.lat, s.lng)
               and earth_distance(ll_to_earth(:lat, :lng), ll_to_earth(s.lat, s.lng)) <= :radius
               and s.active and s.status = 'OPEN'
               and (:amenity = 0 or (s.amenities & :amenity) <> 0)
               and (not :openNow or station_open_at(s.opening_hours, :dow, :mins))
             order by distance, s.id
             limit :lim
            """;

    private NearbySql() {
    }
}
