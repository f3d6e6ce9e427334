package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.demo.JdbcDemoLoader;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: care stations around 福康社区 in Anshan Tiedong (one open 24 hours, one only at breakfast time,
 * one closed on Sundays, one suspended), a few in 山南社区 and 园林社区, and two in 旅顺口区黄金社区 for scope checks;
 * with 六有 inspections (passed, failed, overdue) and services. Loaded once.
 */
@Component
public class StationDemoData extends JdbcDemoLoader {

    static final String FIRST = "福康社区党群服务中心爱心驿站";
    private static final Logger log = LoggerFactory.getLogger(StationDemoData.class);
    private static final String ALL = "WATER,CHARGING";

    private final DemoData demo;
    private final Clock clock;

    StationDemoData(JdbcTemplate jdbc, DemoData demo, Clock clock) {
        super(20, jdbc);
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        String weekdays = "08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,09:00-17:00,09:00-17:00";
        long fukangCenter = station(
                FIRST,
                "PARTY_CENTER",
                "鞍山市铁东区山南街道福康社区党群服务中心一楼",
                41.1112,
                122.9912,
                "210302011001",
                weekdays,
                "WATER,CHARGING,MICROWAVE,RESTROOM,READING,AIR_CONDITIONING,LUNCH,WIFI",
                "李红",
                "13904121001",
                null);
        long sf = station(
                "顺丰山南营业部暖心驿站",
                "EXPRESS_OUTLET",
                "鞍山市铁东区山南路 88 号顺丰营业部",
                41.1089,
                122.9941,
                "210302011001",
                "24h,24h,24h,24h,24h,24h,24h",
                "WATER,CHARGING,REPAIR_TOOLS,UMBRELLA,FIRST_AID",
                "王强",
                "13904121002",
                null);
        long property = station(
                "福康小区物业爱心驿站",
                "PROPERTY",
                "鞍山市铁东区福康小区物业服务中心",
                41.1131,
                122.9868,
                "210302011001",
                "07:00-19:00,07:00-19:00,07:00-19:00,07:00-19:00,07:00-19:00,07:00-19:00,07:00-19:00",
                "WATER,CHARGING,RESTROOM",
                "赵敏",
                "13904121003",
                null);
        station(
                "福康早餐驿站",
                "SHOP",
                "鞍山市铁东区福康街 12 号",
                41.1075,
                122.9890,
                "210302011001",
                "06:00-08:00,06:00-08:00,06:00-08:00,06:00-08:00,06:00-08:00,06:00-08:00,06:00-08:00",
                "WATER,LUNCH,MICROWAVE",
                "孙丽",
                "13904121004",
                null);
        long shop = station(
                "山南便利店驿站",
                "SHOP",
                "鞍山市铁东区山南路 120 号",
                41.1150,
                122.9960,
                "210302011001",
                "08:00-22:00,08:00-22:00,08:00-22:00,08:00-22:00,08:00-22:00,08:00-22:00,closed",
                "WATER,CHARGING,UMBRELLA,WIFI",
                "周杰",
                "13904121005",
                null);
        station(
                "福康社区卫生服务站驿站",
                "OTHER",
                "鞍山市铁东区福康街 30 号",
                41.1098,
                122.9925,
                "210302011001",
                weekdays,
                ALL + ",FIRST_AID",
                "吴芳",
                "13904121006",
                "内部装修，暂停服务至下月");
        station(
                "山南社区党群服务中心爱心驿站",
                "PARTY_CENTER",
                "鞍山市铁东区山南社区党群服务中心",
                41.1180,
                123.0010,
                "210302011002",
                "08:30-17:30,08:30-17:30,08:30-17:30,08:30-17:30,08:30-17:30,closed,closed",
                "WATER,CHARGING,READING,CHILD_CARE",
                "郑伟",
                "13904121007",
                null);
        station(
                "中通快递山南网点驿站",
                "EXPRESS_OUTLET",
                "鞍山市铁东区建国南路 15 号",
                41.1042,
                122.9985,
                "210302011002",
                "24h,24h,24h,24h,24h,24h,24h",
                "WATER,CHARGING,REPAIR_TOOLS",
                "冯刚",
                "13904121008",
                null);
        station(
                "园林社区阳光食堂驿站",
                "SHOP",
                "鞍山市铁东区园林路 6 号",
                41.1210,
                122.9800,
                "210302012001",
                "10:30-13:30,10:30-13:30,10:30-13:30,10:30-13:30,10:30-13:30,10:30-13:30,10:30-13:30",
                "WATER,LUNCH,MICROWAVE",
                "陈静",
                "13904121009",
                null);
        station(
                "黄金社区党群服务中心爱心驿站",
                "PARTY_CENTER",
                "大连市旅顺口区得胜街道黄金社区",
                38.8130,
                121.2620,
                "210212003001",
                weekdays,
                "WATER,CHARGING,READING",
                "刘洋",
                "13904111010",
                null);
        station(
                "旅顺邮政快递驿站",
                "EXPRESS_OUTLET",
                "大连市旅顺口区黄河路 3 号",
                38.8095,
                121.2570,
                "210212003001",
                "24h,24h,24h,24h,24h,24h,24h",
                ALL,
                "杨帆",
                "13904111011",
                null);

        inspection(fukangCenter, today.minusDays(30), "山南街道党工委 张敏", true, null);
        inspection(sf, today.minusDays(200), "山南街道党工委 张敏", true, null);
        inspection(property, today.minusDays(60), "铁东区委组织部 刘军", false, "书刊未配备");
        int[][] served = {{0, 5, 3, 4, 2, 1, 6}, {1, 9, 12, 3, 0, 0, 15}};
        long[] ids = {fukangCenter, sf};
        String[] kinds = {"REST", "CHARGING", "MEAL", "REPAIR", "FIRST_AID", "WATER"};
        for (int s = 0; s < ids.length; s++) {
            for (int month = 0; month < 6; month++) {
                for (int k = 0; k < kinds.length; k++) {
                    int count = served[s][k + 1] + month;
                    if (count > 0) {
                        jdbc.update(
                                "insert into station_service (station_id, served_on, kind, count, recorded_by) "
                                        + "values (?, ?, ?, ?, 'demo')",
                                ids[s],
                                Date.valueOf(today.minusMonths(month)
                                        .withDayOfMonth(1)
                                        .plusDays(k)),
                                kinds[k],
                                count);
                    }
                }
            }
        }
        jdbc.update(
                "insert into station_service (station_id, served_on, kind, count, recorded_by) values (?, ?, 'REST', 2, 'demo')",
                shop,
                Date.valueOf(today));
        log.info("Demo data loaded: 11 care stations with inspections and services");
    }

    private long station(
            String name,
            String hostType,
            String address,
            double lat,
            double lng,
            String communityCode,
            String hours,
            String amenities,
            String manager,
            String phone,
            String suspendReason) {
        int bits = 0;
        for (String a : amenities.split(",")) {
            bits |= Amenity.valueOf(a).bit();
        }
        return jdbc.queryForObject(
                """
                insert into station (name, host_type, address, lat, lng, region_id, opening_hours, amenities,
                                     manager_name, manager_phone, public_phone, status, suspend_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """,
                Long.class,
                name,
                hostType,
                address,
                lat,
                lng,
                demo.regionId(communityCode),
                hours,
                bits,
                manager,
                phone,
                // the demo's managers agreed to be called by couriers
                phone != null,
                suspendReason == null ? "OPEN" : "SUSPENDED",
                suspendReason);
    }

    private void inspection(long stationId, LocalDate on, String inspector, boolean passed, String note) {
        jdbc.update("""
                insert into station_inspection (station_id, inspected_on, inspector, has_site, has_sign, has_facilities,
                                                has_rules, has_books, has_manager, note)
                values (?, ?, ?, true, true, true, true, ?, true, ?)
                """, stationId, Date.valueOf(on), inspector, passed, note);
        jdbc.update(
                "update station set last_inspected_on = ?, last_inspection_passed = ? where id = ?",
                Date.valueOf(on),
                passed,
                stationId);
    }
}
