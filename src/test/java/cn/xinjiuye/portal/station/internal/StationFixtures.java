package cn.xinjiuye.portal.station.internal;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows for tests, by JDBC, with unique names (the shared test database holds other tests' rows and demo data). */
public final class StationFixtures {

    private StationFixtures() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
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
