package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.Amenity.*;
import static cn.xinjiuye.portal.station.internal.StationDemoSteps.hours;

import cn.xinjiuye.portal.demo.DemoLoader;
import cn.xinjiuye.portal.demo.DemoOrder;
import cn.xinjiuye.portal.demo.DemoPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: Tiedong "率先建成快递小哥爱心驿站99个". After the hand-made demo stations ({@link StationDemoData}, nine
 * in 铁东), the street's and the district's staff register 90 more through the year in Tiedong's other communities,
 * each inspected for 六有 a few weeks after it opened and again in the last half year (a few fail, a few are due),
 * and a sixth of them record their services. They stand south-east, more than 6 km from 福康社区: beyond the
 * finder's default 5 km radius around the hand-made stations that the couriers' journey walks through.
 */
@Component
@Order(DemoOrder.ARTICLE_STATIONS)
@RequiredArgsConstructor
public class StationArticleDemoData implements DemoLoader {

    static final int TIEDONG_STATIONS = 99;
    static final int HAND_MADE_IN_TIEDONG = 9;

    private static final String[] PLACES = {
        "胜利路", "二一九路", "建国大道", "五一路", "东山街", "解放东路", "园林大道", "新华街", "光华街", "民生路",
        "友好街", "湖南街", "永乐街", "和平路", "南华街", "站前街", "烈士山路", "钢都路", "对炉山街", "东风街"
    };
    private static final String[] BRANDS = {"顺丰", "中通", "圆通", "韵达", "申通", "京东", "邮政", "极兔", "美团", "饿了么"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马"};
    private static final String[] GIVEN = {"建华", "秀梅", "志刚", "丽娟", "海波", "春燕", "国庆", "玉兰", "晓东", "桂荣", "宏伟"};
    /** community code, its staff (the street's, else the district's) and the inspector they send. */
    private static final String[][] COMMUNITIES = {
        {"210302011002", "shannan", "山南街道党工委 张敏"},
        {"210302012001", "tiedong", "铁东区委组织部 刘军"},
        {"210302012002", "tiedong", "铁东区委组织部 刘军"},
        {"210302013001", "tiedong", "铁东区委组织部 刘军"},
        {"210302013002", "tiedong", "铁东区委组织部 赵宇"}
    };

    private final StationDemoSteps steps;

    @Override
    public void plan(DemoPlan plan) {
        Random random = new Random(99);
        for (int i = 0; i < TIEDONG_STATIONS - HAND_MADE_IN_TIEDONG; i++) {
            String[] community = COMMUNITIES[i % COMMUNITIES.length];
            HostType host = host(i);
            String name = name(i, host);
            LocalDate opened = plan.firstDay().plusDays(9 + i * 3L);
            steps.register(plan, opened, community[1], details(i, name, host, community[0]));
            LocalDate first = opened.plusDays(18 + i % 11);
            boolean failedFirst = i % 7 == 3;
            steps.inspect(
                    plan,
                    first,
                    community[1],
                    name,
                    community[2],
                    failedFirst ? "规章制度未上墙" : null,
                    failedFirst ? new int[] {3} : new int[0]);
            LocalDate again = plan.daysAgo(8 + (i * 37) % 165);
            if (i % 13 != 0 && again.isAfter(first.plusDays(20))) {
                boolean failed = i % 17 == 6;
                steps.inspect(
                        plan,
                        again,
                        community[1],
                        name,
                        community[2],
                        failed ? "管理员已调离，未指定新管理员" : null,
                        failed ? new int[] {5} : new int[0]);
            }
            if (i % 6 == 0) {
                // The busier sixth of them record a day's charging and water every month or so.
                for (LocalDate on = opened.plusDays(5 + random.nextInt(20));
                        on.isBefore(plan.today());
                        on = on.plusDays(22 + random.nextInt(20))) {
                    steps.serve(plan, on, community[1], name, 0, 2 + random.nextInt(7), 0, 0, 0, 1 + random.nextInt(5));
                }
            }
        }
    }

    /** The names of the stations this demo registers, in order. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < TIEDONG_STATIONS - HAND_MADE_IN_TIEDONG; i++) {
            names.add(name(i, host(i)));
        }
        return names;
    }

    private static HostType host(int i) {
        return HostType.values()[(i / PLACES.length + i) % HostType.values().length];
    }

    private static String name(int i, HostType host) {
        String place = PLACES[i % PLACES.length];
        return switch (host) {
            case PARTY_CENTER -> place + "党群服务站爱心驿站";
            case EXPRESS_OUTLET -> BRANDS[i % BRANDS.length] + place + "网点驿站";
            case SHOP -> place + "便利店驿站";
            case PROPERTY -> place + "小区物业驿站";
            case OTHER -> place + "加油站驿站";
        };
    }

    private static StationDetails details(int i, String name, HostType host, String community) {
        Set<Amenity> amenities = EnumSet.of(WATER, CHARGING, REPAIR_TOOLS, FIRST_AID);
        if (i % 3 == 0) {
            amenities.add(MICROWAVE);
        }
        if (i % 4 == 1) {
            amenities.add(UMBRELLA);
        }
        if (i % 5 == 2) {
            amenities.add(WIFI);
        }
        if (host == HostType.PARTY_CENTER || host == HostType.PROPERTY) {
            amenities.add(RESTROOM);
            amenities.add(READING);
        }
        OpeningHours hours = i % 5 == 0 ? hours(2, 2) : i % 7 == 3 ? hours(0, 3) : hours("08:00-20:00", "09:00-18:00");
        String manager = SURNAMES[i % SURNAMES.length] + GIVEN[(i * 5) % GIVEN.length];
        return new StationDetails(
                name,
                host,
                "鞍山市铁东区" + PLACES[i % PLACES.length] + (i % 30 + 3) + "号",
                41.04 + (i % 9) * 0.003,
                123.03 + (i / 9) * 0.004,
                community,
                hours,
                amenities,
                manager,
                String.format("1390412%04d", 2000 + i * 7),
                i % 4 != 3,
                StationStatus.OPEN,
                null);
    }
}
