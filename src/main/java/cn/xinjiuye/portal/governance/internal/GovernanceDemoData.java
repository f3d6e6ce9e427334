package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.DemoAccounts;
import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.demo.DemoLoader;
import cn.xinjiuye.portal.demo.DemoOrder;
import cn.xinjiuye.portal.demo.DemoPlan;
import cn.xinjiuye.portal.governance.internal.DemoCaseLives.Filer;
import cn.xinjiuye.portal.governance.internal.DemoCaseStories.Fate;
import cn.xinjiuye.portal.governance.internal.DemoCaseStories.Recent;
import cn.xinjiuye.portal.region.RegionService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: governance's year, replayed through its services. On the first day the administrator sets up the
 * departments, routing rules and department accounts of every demo district ({@link DemoDepartments}: xiaofang for
 * 铁东区's fire brigade …, password demo2026), the workers' accounts that report in 旅顺口区 and the two Open311 demo
 * keys; then the cases of 铁东区 and 元宝区 are filed, dispatched and handled over the year ({@link DemoCaseStories}).
 * The article's figures are {@link CaseArticleDemoData}'s.
 */
@Component
@Order(DemoOrder.GOVERNANCE)
@RequiredArgsConstructor
public class GovernanceDemoData implements DemoLoader {

    /** The Open311 demo key, printed in the README (only its SHA-256 is stored). */
    static final String DEMO_API_KEY = "demo-open311-key-2026";

    /** The fire brigade's own system (a department's key: it may push updates), printed in the README. */
    static final String DEMO_DEPARTMENT_KEY = "demo-open311-xiaofang-2026";

    /** Couriers, riders and drivers who report what they see on their rounds in 旅顺口区 (their phone signs them in). */
    static final List<String[]> WORKERS = List.of(
            new String[] {"13842611201", "快递员 刘建国", "COURIER"},
            new String[] {"13842611202", "外卖骑手 张晓东", "FOOD_DELIVERY"},
            new String[] {"13842611203", "网约车司机 王海涛", "RIDE_HAILING"},
            new String[] {"13842611204", "外卖骑手 李明", "FOOD_DELIVERY"},
            new String[] {"13842611205", "快递员 赵春雨", "COURIER"},
            new String[] {"13842611206", "货车司机 孙志强", "TRUCK"});

    /** What residents and couriers report (驿站问题 comes from the station check loop, not from the report form). */
    static final CaseCategory[] CATEGORIES = java.util.Arrays.stream(CaseCategory.values())
            .filter(c -> c != CaseCategory.STATION_PROBLEM)
            .toArray(CaseCategory[]::new);

    /** What residents and workers report, by category (in the order of {@link CaseCategory}). */
    static final String[][] TEXTS = {
        {"小区门口垃圾桶满溢，多日未清运", "背街小巷建筑垃圾堆放", "早市散场后路面垃圾无人清扫"},
        {"楼道堆放电动车电池，堵塞消防通道", "地下室私拉电线给电动车充电", "商铺门前消防栓被杂物遮挡"},
        {"路口信号灯损坏，早晚高峰拥堵", "学校门口斑马线磨损看不清", "路边护栏被撞倒未修复"},
        {"电动车占用盲道，行人绕行", "私家车长期占用非机动车停车区", "快递三轮车无处停放"},
        {"井盖破损，夜间行人易踩空", "小区路灯不亮", "公园健身器材损坏"},
        {"独居老人无人照看，需上门探望", "高龄老人申请助餐服务", "困难老人家中暖气不热"},
        {"工地拖欠农民工工资", "配送站拖欠骑手两个月报酬", "企业未按时发放加班费"},
        {"供暖管道漏水", "楼内暖气温度不达标", "换热站噪音扰民"},
        {"小区内流浪犬伤人隐患", "商户噪音扰民", "诉讼退费流程复杂，需协调"}
    };

    private static final String[][] COMMUNITIES = {
        {"210302011001", "fukang"}, {"210302011002", "shannanshequ"}, {"210302012001", "tiedong"}
    };

    private final DemoDepartments departments;
    /** The cases of the last days, still in hand. */
    private static final List<Recent> TIEDONG_RECENT = Recent.parse(
            "1 SANITATION WAITING, 3 PARKING ASSIGNED, 5 PUBLIC_FACILITIES RUNNING, 16 FIRE_SAFETY RUNNING");

    private final DemoCaseLives lives;
    private final DemoCaseStories stories;
    private final ApiKeyAdmin keys;
    private final RegionService regions;
    private final ObjectProvider<DemoAccounts> accounts;

    @Override
    public void plan(DemoPlan plan) {
        LocalDate first = plan.firstDay();
        departments.plan(plan, first.atTime(9, 0));
        plan.at(
                first.atTime(9, 20),
                "admin",
                () -> WORKERS.forEach(
                        w -> accounts.getObject().worker(w[0], w[1], Occupation.valueOf(w[2]), DemoData.PASSWORD)));
        plan.at(first.atTime(9, 40), "admin", () -> {
            long tiedong = regions.findByCode("210302").orElseThrow().getId();
            keys.issue("微信小程序（演示）", List.of(tiedong), null, null, DEMO_API_KEY);
            long fireBrigade = departments
                    .id(DemoDepartments.desk("210302", CaseCategory.FIRE_SAFETY))
                    .getAsLong();
            keys.issue("消防救援大队系统（演示）", List.of(tiedong), fireBrigade, null, DEMO_DEPARTMENT_KEY);
        });
        tiedong(plan);
        yuanbao(plan);
    }

    /** 铁东区: a case every nine days or so in three communities, and the few of the last weeks still in hand. */
    private void tiedong(DemoPlan plan) {
        for (int n = 0; n < 38; n++) {
            LocalDateTime filed =
                    plan.firstDay().plusDays(8 + n * 9L + (n * 7) % 5).atTime(LocalTime.of(8 + n % 11, 7 + n % 47));
            Fate fate = n % 11 == 3
                    ? Fate.RETURNED
                    : n % 13 == 5
                            ? Fate.EXTENDED
                            : n % 17 == 8 ? Fate.REOPENED : n % 19 == 4 ? Fate.REJECTED : Fate.CLOSED;
            tiedongCase(plan, n, filed, CATEGORIES[(n * 4) % CATEGORIES.length], fate);
        }
        DemoCaseStories.recent(plan, 40, LocalTime.of(9, 25), this::tiedongCase, TIEDONG_RECENT);
    }

    private void tiedongCase(DemoPlan plan, int n, LocalDateTime filed, CaseCategory category, Fate fate) {
        String[] community = COMMUNITIES[n % COMMUNITIES.length];
        Filer filer = switch (n % 4) {
            case 0 -> Filer.worker("13900000001", "10.41.0.8");
            case 3 -> Filer.staff(community[1], "居民" + SURNAMES[n % SURNAMES.length] + "女士", phone("13704120", n));
            default ->
                Filer.resident("居民" + SURNAMES[n % SURNAMES.length] + "先生", phone("13604121", n), "10.41.1." + n);
        };
        CaseSource source = category == CaseCategory.FIRE_SAFETY ? CaseSource.HAZARD : CaseSource.SNAPSHOT;
        String text = TEXTS[category.ordinal()][n % 3];
        DemoCaseLives.Life life = lives.file(plan, filed, filer, community[0], source, category, text, false);
        stories.tell(life, fate, n, community[1], "210302", category, filed);
    }

    /** 元宝区: a few cases of 安东老街社区, dispatched by the administrator (the district has no dispatcher of its own). */
    private void yuanbao(DemoPlan plan) {
        for (int n = 0; n < 7; n++) {
            LocalDateTime filed = plan.firstDay().plusDays(30 + n * 47L).atTime(10 + n % 6, 12 + n * 5);
            CaseCategory category = CATEGORIES[(n * 2 + 1) % CATEGORIES.length];
            DemoCaseLives.Life life = lives.file(
                    plan,
                    filed,
                    Filer.resident(
                            "居民" + SURNAMES[(n + 3) % SURNAMES.length] + "先生", phone("13504152", n), "10.41.9." + n),
                    "210602002001",
                    CaseSource.SNAPSHOT,
                    category,
                    TEXTS[category.ordinal()][(n + 1) % 3],
                    false);
            stories.tell(life, n == 6 ? Fate.RUNNING : Fate.CLOSED, n + 5, "admin", "210602", category, filed);
        }
    }

    static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林"
    };

    /** A mobile number of the demo: the prefix and the number padded to eleven digits. */
    static String phone(String prefix, int n) {
        return prefix + String.format("%0" + (11 - prefix.length()) + "d", n);
    }
}
