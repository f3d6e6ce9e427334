package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.support.TestValues;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for tests, by JDBC, with unique names (the shared test database holds other tests' rows and demo data).
 *
 * <p>The finder journeys read the demo neighbourhood of 福康社区 (41.11, 122.99): the nearest stations in order, and
 * a community's centre, which is the mean of its shown stations. So a test leaves no shown station behind in a demo
 * community: either it places its stations in a community of no demo stations at a spot of its own (as
 * StationFinderIntegrationTest does in the Gobi), or it retires them after each test ({@link #lastStationId} before,
 * {@link #retireStationsAfter} after). Otherwise the journeys would pass or fail with the order the classes run in.
 */
public final class StationFixtures {

    private StationFixtures() {}

    public static String unique(String prefix) {
        return TestValues.name(prefix + "-");
    }

    /** The highest station id so far, to retire what a test adds after it. */
    public static long lastStationId(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from station", Long.class);
    }

    /** Deactivates (deletes, for the portal) every station made after the mark: tests run one after the other. */
    public static void retireStationsAfter(JdbcTemplate jdbc, long mark) {
        jdbc.update("update station set active = false where id > ? and active", mark);
    }

    public static long regionId(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    public static long station(
            JdbcTemplate jdbc,
            String name,
            String communityCode,
            double lat,
            double lng,
            String hours,
            int amenities,
            String status) {
        return jdbc.queryForObject(
                """
                insert into station (name, host_type, address, lat, lng, region_id, opening_hours, amenities,
                                     manager_name, manager_phone, status, suspend_reason)
                values (?, 'SHOP', '测试地址', ?, ?, ?, ?, ?, '测试', '13800000000', ?, ?) returning id
                """,
                Long.class,
                name,
                lat,
                lng,
                regionId(jdbc, communityCode),
                hours,
                amenities,
                status,
                "SUSPENDED".equals(status) ? "测试暂停" : null);
    }

    public static String everyDay(String day) {
        return String.join(",", day, day, day, day, day, day, day);
    }
}
