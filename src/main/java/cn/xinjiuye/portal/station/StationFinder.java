package cn.xinjiuye.portal.station;

import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.station.internal.Amenity;
import cn.xinjiuye.portal.station.internal.HostType;
import cn.xinjiuye.portal.station.internal.NearbySql;
import cn.xinjiuye.portal.station.internal.NearbyStation;
import cn.xinjiuye.portal.station.internal.OpeningHours;
import cn.xinjiuye.portal.station.internal.PublicStation;
import cn.xinjiuye.portal.station.internal.Station;
import cn.xinjiuye.portal.station.internal.StationPhoto;
import cn.xinjiuye.portal.station.internal.StationPhotoRepository;
import cn.xinjiuye.portal.station.internal.StationProperties;
import cn.xinjiuye.portal.station.internal.StationRepository;
import cn.xinjiuye.portal.station.internal.StationStatus;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The couriers' side: nearby open stations for anyone, without sign-in and without scope. Only active stations that
 * are not suspended are shown. The search runs in PostgreSQL on the GiST index ({@link NearbySql}); it never loads
 * all stations.
 */
@Service
@RequiredArgsConstructor
public class StationFinder {

    private final NamedParameterJdbcTemplate jdbc;
    private final StationRepository stations;
    private final StationPhotoRepository photos;
    private final StationProperties properties;
    private final Clock clock;

    /** A search as asked, with radius and limit capped to the settings. */
    public record Query(double lat, double lng, Integer radius, Integer limit, boolean openNow, Amenity amenity) {}

    public int radiusOf(Integer asked) {
        int r = asked == null ? properties.defaultRadius() : asked;
        return Math.max(100, Math.min(r, properties.maxRadius()));
    }

    public int limitOf(Integer asked) {
        int l = asked == null ? properties.defaultLimit() : asked;
        return Math.max(1, Math.min(l, properties.maxLimit()));
    }

    @Transactional(readOnly = true)
    public List<NearbyStation> nearby(Query q) {
        return nearby(q, LocalDateTime.now(clock));
    }

    /** Nearest first, at a given Beijing time (for "open now"). */
    @Transactional(readOnly = true)
    public List<NearbyStation> nearby(Query q, LocalDateTime at) {
        if (Double.isNaN(q.lat()) || Double.isNaN(q.lng()) || Math.abs(q.lat()) > 90 || Math.abs(q.lng()) > 180) {
            throw new IllegalArgumentException("coordinates out of range");
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("lat", q.lat())
                .addValue("lng", q.lng())
                .addValue("radius", (double) radiusOf(q.radius()))
                .addValue("amenity", q.amenity() == null ? 0 : q.amenity().bit())
                .addValue("openNow", q.openNow())
                .addValue("dow", at.getDayOfWeek().getValue())
                .addValue("mins", at.getHour() * 60 + at.getMinute())
                .addValue("lim", limitOf(q.limit()));
        return jdbc.query(NearbySql.SQL, params, (rs, i) -> {
            OpeningHours hours = OpeningHours.parse(rs.getString("opening_hours"));
            return new NearbyStation(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("address"),
                    rs.getDouble("lat"),
                    rs.getDouble("lng"),
                    rs.getDouble("distance"),
                    hours,
                    Amenity.fromBits(rs.getInt("amenities")),
                    rs.getString("manager_phone"),
                    HostType.valueOf(rs.getString("host_type")),
                    hours.isOpenAt(at),
                    hours.day(at.getDayOfWeek()),
                    hours.minutesToClose(at),
                    rs.getLong("photo_version"));
        });
    }

    /** A station as couriers see it: active and not suspended, else 404. */
    @Transactional(readOnly = true)
    public Station publicStation(long id) {
        return stations.findById(id)
                .filter(s -> s.isActive() && s.getStatus() == StationStatus.OPEN)
                .orElseThrow(() -> new NotFoundException("station " + id));
    }

    /**
     * A station's public page: an active station, open or suspended (a suspended one says so and why, instead of a
     * bare 404 for a courier who saved its link); an inactive one is 404.
     */
    @Transactional(readOnly = true)
    public PublicStation publicPage(long id) {
        return stations.findById(id)
                .filter(Station::isActive)
                .map(PublicStation::of)
                .orElseThrow(() -> new NotFoundException("station " + id));
    }

    /** The nearest stations open now around a point (for a suspended station's page), within the largest radius. */
    @Transactional(readOnly = true)
    public List<NearbyStation> openAround(double lat, double lng, long except, int limit) {
        return nearby(new Query(lat, lng, properties.maxRadius(), limit + 1, true, null)).stream()
                .filter(s -> s.id() != except)
                .limit(limit)
                .toList();
    }

    /** The nearby list's thumbnail of a shown station (the photo itself when it has none yet), without the photo. */
    @Transactional(readOnly = true)
    public Optional<StationPhoto.Thumb> publicThumb(long id) {
        publicStation(id);
        return photos.thumbOf(id);
    }

    /** Whether a station has a photo, without loading its bytes. */
    @Transactional(readOnly = true)
    public boolean hasPublicPhoto(long id) {
        return photos.existsById(id);
    }

    @Transactional(readOnly = true)
    public Optional<StationPhoto> publicPhoto(long id) {
        publicStation(id);
        return photos.findById(id);
    }

    /** Communities with shown stations, by street, for choosing a place when the location is refused. */
    @Transactional(readOnly = true)
    public List<Area> areas() {
        return jdbc.query(
                """
                select c.id, c.name, st.name as street, avg(s.lat) as lat, avg(s.lng) as lng, count(*) as n
                  from station s join region c on c.id = s.region_id left join region st on st.id = c.parent_id
                 where s.active and s.status = 'OPEN' and c.active
                 group by c.id, c.name, st.name, c.code
                 order by c.code
                 limit 500
                """,
                new MapSqlParameterSource(),
                (rs, i) -> new Area(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("street"),
                        rs.getDouble("lat"),
                        rs.getDouble("lng"),
                        rs.getInt("n")));
    }

    @Transactional(readOnly = true)
    public Optional<Area> area(long id) {
        return areas().stream().filter(a -> a.id() == id).findFirst();
    }
}
