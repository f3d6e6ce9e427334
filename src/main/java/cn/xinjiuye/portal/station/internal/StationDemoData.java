package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.Amenity.*;
import static cn.xinjiuye.portal.station.internal.StationDemoSteps.amenities;
import static cn.xinjiuye.portal.station.internal.StationDemoSteps.hours;

import cn.xinjiuye.portal.demo.DemoLoader;
import cn.xinjiuye.portal.demo.DemoOrder;
import cn.xinjiuye.portal.demo.DemoPlan;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: care stations around 福康社区 in Anshan Tiedong (one open 24 hours, one only at breakfast time,
 * one closed on Sundays, one suspended), a few in 山南社区 and 园林社区, and two in 旅顺口区黄金社区 for scope checks,
 * registered in the first days of the demo's year by the street's staff, with 六有 inspections (passed in time,
 * passed but overdue, failed) and their services recorded on the days they were given.
 */
@Component
@Order(DemoOrder.STATIONS)
@RequiredArgsConstructor
public class StationDemoData implements DemoLoader {

    static final String FIRST = "福康社区党群服务中心爱心驿站";
    static final String SF = "顺丰山南营业部暖心驿站";
    static final String PROPERTY = "福康小区物业爱心驿站";
    private static final String FUKANG = "210302011001";
    private static final String WEEKDAYS =
            "08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,09:00-17:00,09:00-17:00";

    private final StationDemoSteps steps;

    @Override
    public void plan(DemoPlan plan) {
        LocalDate day = plan.firstDay().plusDays(3);
        String street = "shannan";
        register(
                plan,
                day,
                street,
                FIRST,
                HostType.PARTY_CENTER,
                "鞍山市铁东区山南街道福康社区党群服务中心一楼",
                41.1112,
                122.9912,
                FUKANG,
                OpeningHours.parse(WEEKDAYS),
                amenities(WATER, CHARGING, MICROWAVE, RESTROOM, READING, AIR_CONDITIONING, LUNCH, WIFI),
                "李红",
                "13904121001",
                null);
        register(
                plan,
                day,
                street,
                SF,
                HostType.EXPRESS_OUTLET,
                "鞍山市铁东区山南路 88 号顺丰营业部",
                41.1089,
                122.9941,
                FUKANG,
                hours("24h", "24h"),
                amenities(WATER, CHARGING, REPAIR_TOOLS, UMBRELLA, FIRST_AID),
                "王强",
                "13904121002",
                null);
        register(
                plan,
                day.plusDays(1),
                street,
                PROPERTY,
                HostType.PROPERTY,
                "鞍山市铁东区福康小区物业服务中心",
                41.1131,
                122.9868,
                FUKANG,
                hours("07:00-19:00", "07:00-19:00"),
                amenities(WATER, CHARGING, RESTROOM),
                "赵敏",
                "13904121003",
                null);
        register(
                plan,
                day.plusDays(1),
                street,
                "福康早餐驿站",
                HostType.SHOP,
                "鞍山市铁东区福康街 12 号",
                41.1075,
                122.9890,
                FUKANG,
                hours("06:00-08:00", "06:00-08:00"),
                amenities(WATER, LUNCH, MICROWAVE),
                "孙丽",
                "13904121004",
                null);
        register(
                plan,
                day.plusDays(2),
                street,
                "山南便利店驿站",
                HostType.SHOP,
                "鞍山市铁东区山南路 120 号",
                41.1150,
                122.9960,
                FUKANG,
                OpeningHours.parse("08:00-22:00,08:00-22:00,08:00-22:00,08:00-22:00,08:00-22:00,08:00-22:00,closed"),
                amenities(WATER, CHARGING, UMBRELLA, WIFI),
                "周杰",
                "13904121005",
                null);
        register(
                plan,
                day.plusDays(2),
                street,
                "福康社区卫生服务站驿站",
                HostType.OTHER,
                "鞍山市铁东区福康街 30 号",
                41.1098,
                122.9925,
                FUKANG,
                OpeningHours.parse(WEEKDAYS),
                amenities(WATER, CHARGING, FIRST_AID),
                "吴芳",
                "13904121006",
                "内部装修，暂停服务至下月");
        register(
                plan,
                day.plusDays(4),
                street,
                "山南社区党群服务中心爱心驿站",
                HostType.PARTY_CENTER,
                "鞍山市铁东区山南社区党群服务中心",
                41.1180,
                123.0010,
                "210302011002",
                OpeningHours.parse("08:30-17:30,08:30-17:30,08:30-17:30,08:30-17:30,08:30-17:30,closed,closed"),
                amenities(WATER, CHARGING, READING, CHILD_CARE),
                "郑伟",
                "13904121007",
                null);
        register(
                plan,
                day.plusDays(4),
                street,
                "中通快递山南网点驿站",
                HostType.EXPRESS_OUTLET,
                "鞍山市铁东区建国南路 15 号",
                41.1042,
                122.9985,
                "210302011002",
                hours("24h", "24h"),
                amenities(WATER, CHARGING, REPAIR_TOOLS),
                "冯刚",
                "13904121008",
                null);
        register(
                plan,
                day.plusDays(6),
                "tiedong",
                "园林社区阳光食堂驿站",
                HostType.SHOP,
                "鞍山市铁东区园林路 6 号",
                41.1210,
                122.9800,
                "210302012001",
                hours("10:30-13:30", "10:30-13:30"),
                amenities(WATER, LUNCH, MICROWAVE),
                "陈静",
                "13904121009",
                null);
        register(
                plan,
                day.plusDays(8),
                "lvshun",
                "黄金社区党群服务中心爱心驿站",
                HostType.PARTY_CENTER,
                "大连市旅顺口区得胜街道黄金社区",
                38.8130,
                121.2620,
                "210212003001",
                OpeningHours.parse(WEEKDAYS),
                amenities(WATER, CHARGING, READING),
                "刘洋",
                "13904111010",
                null);
        register(
                plan,
                day.plusDays(8),
                "lvshun",
                "旅顺邮政快递驿站",
                HostType.EXPRESS_OUTLET,
                "大连市旅顺口区黄河路 3 号",
                38.8095,
                121.2570,
                "210212003001",
                hours("24h", "24h"),
                amenities(WATER, CHARGING),
                "杨帆",
                "13904111011",
                null);

        steps.photograph(plan, day.plusDays(1), street, FIRST, 1);
        steps.photograph(plan, day.plusDays(1), street, SF, 2);
        steps.photograph(plan, day.plusDays(5), street, "山南社区党群服务中心爱心驿站", 3);
        steps.photograph(plan, day.plusDays(9), "lvshun", "黄金社区党群服务中心爱心驿站", 4);

        // 六有: the centre passed twice, the last time a month ago; 顺丰 passed once, 200 days ago, and is due again;
        // the property office passed at first and failed its second inspection (no books yet).
        steps.inspect(plan, plan.daysAgo(212), street, FIRST, "山南街道党工委 张敏", null);
        steps.inspect(plan, plan.daysAgo(30), street, FIRST, "山南街道党工委 张敏", null);
        steps.inspect(plan, plan.daysAgo(200), street, SF, "山南街道党工委 张敏", null);
        steps.inspect(plan, plan.daysAgo(251), "tiedong", PROPERTY, "铁东区委组织部 刘军", null);
        steps.inspect(plan, plan.daysAgo(60), "tiedong", PROPERTY, "铁东区委组织部 刘军", "书刊未配备", 4);

        // The community secretary records what the two busiest stations did, a day every two or three weeks.
        Random random = new Random(20261);
        serveAll(plan, random, FIRST, new int[] {3, 5, 2, 1, 0, 4});
        serveAll(plan, random, SF, new int[] {2, 8, 0, 3, 1, 6});
    }

    private void serveAll(DemoPlan plan, Random random, String station, int[] typical) {
        for (LocalDate on = plan.firstDay().plusDays(12 + random.nextInt(5));
                on.isBefore(plan.today());
                on = on.plusDays(11 + random.nextInt(10))) {
            int[] counts = new int[typical.length];
            // The day's three busiest kinds, as the secretary counts them.
            for (int k = 0; k < typical.length; k++) {
                counts[k] = typical[k] < 3 ? 0 : typical[k] - 2 + random.nextInt(5);
            }
            steps.serve(plan, on, "fukang", station, counts);
        }
    }

    private void register(
            DemoPlan plan,
            LocalDate on,
            String actor,
            String name,
            HostType host,
            String address,
            double lat,
            double lng,
            String community,
            OpeningHours hours,
            Set<Amenity> amenities,
            String manager,
            String phone,
            String suspendReason) {
        steps.register(
                plan,
                on,
                actor,
                new StationDetails(
                        name,
                        host,
                        address,
                        lat,
                        lng,
                        community,
                        hours,
                        amenities,
                        manager,
                        phone,
                        true,
                        suspendReason == null ? StationStatus.OPEN : StationStatus.SUSPENDED,
                        suspendReason));
    }
}
