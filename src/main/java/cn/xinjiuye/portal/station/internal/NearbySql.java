package cn.xinjiuye.portal.station.internal;

/**
 * The nearby search, alone in a class without dependencies so the benchmark (benchmark.StationsBenchmark)
 * runs exactly this text. The GiST index station_earth_idx on the stored point {@code earth} answers the box
 * {@code earth_box(...) @> earth} and walks the points nearest first ({@code <->}, the straight-line distance
 * through the sphere, which orders exactly as the great-circle distance), so only about {@code lim} rows are read.
 * earth_distance gives great-circle metres (earthdistance's sphere, radius 6378168 m). Named parameters:
 * lat, lng (WGS-84 degrees), radius (m), amenity (a bit, 0 for any), openNow, dow (1 = Monday), mins (minute of
 * the day in Beijing time), lim. The manager's phone only where the station marks it public; photo_version, the
 * photo's upload time in epoch seconds (null without a photo), names the thumbnail's URL, so it can be cached.
 */
public final class NearbySql {

    public static final String SQL = """
            select s.id, s.name, s.address, s.lat, s.lng, s.opening_hours, s.amenities,
                   case when s.public_phone then s.manager_phone end as manager_phone, s.host_type,
                   earth_distance(ll_to_earth(:lat, :lng), s.earth) as distance,
                   (select extract(epoch from p.uploaded_at)::bigint
                      from station_photo p where p.station_id = s.id) as photo_version
              from station s
             where earth_box(ll_to_earth(:lat, :lng), :radius) @> s.earth
               and earth_distance(ll_to_earth(:lat, :lng), s.earth) <= :radius
               and s.active and s.status = 'OPEN'
               and (:amenity = 0 or (s.amenities & :amenity) <> 0)
               and (not :openNow or station_open_at(s.opening_hours, :dow, :mins))
             order by s.earth <-> ll_to_earth(:lat, :lng)
             limit :lim
            """;

    private NearbySql() {}
}
