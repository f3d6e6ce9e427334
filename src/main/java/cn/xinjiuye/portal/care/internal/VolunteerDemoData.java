package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.demo.DemoLoader;
import cn.xinjiuye.portal.demo.DemoOrder;
import cn.xinjiuye.portal.demo.DemoPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the vanguard service teams of 旅顺口区 and 铁东区 (快递小哥先锋服务队), founded early in the demo's
 * year, with the activities their district's and street's staff record through the year (patrols, anti-fraud
 * talks, goods for the elderly that caring enterprises donate), and the article's recognitions.
 */
@Component
@Order(DemoOrder.VOLUNTEERS)
@RequiredArgsConstructor
class VolunteerDemoData implements DemoLoader {

    static final String LVSHUN_TEAM = "旅顺口区快递小哥先锋服务队";
    static final String TIEDONG_TEAM = "铁东区外卖骑手先锋服务队";

    /** kind, title, and whether enterprises donated goods for it. */
    private static final Object[][] LVSHUN = {
        {ActivityKind.COMMUNITY_PATROL, "黄金社区夜间巡逻", false},
        {ActivityKind.ANTI_FRAUD, "反诈宣传进社区", false},
        {ActivityKind.ELDERLY_CARE, "为独居老人送米面油", true},
        {ActivityKind.TRAFFIC_GUIDANCE, "学校门口交通疏导", false},
        {ActivityKind.ELDERLY_CARE, "为困难家庭送过冬物资", true},
        {ActivityKind.OTHER, "爱心企业捐赠助学物资", true},
        {ActivityKind.COMMUNITY_PATROL, "旅顺博物馆周边治安巡逻", false},
        {ActivityKind.ELDERLY_CARE, "为高龄老人送药上门", true}
    };

    private final VolunteerService volunteers;

    @Override
    public void plan(DemoPlan plan) {
        LocalDate first = plan.firstDay();
        AtomicLong lvshun = new AtomicLong();
        AtomicLong tiedong = new AtomicLong();
        plan.at(
                first.plusDays(16).atTime(10, 0),
                "lvshun",
                () -> lvshun.set(volunteers
                        .createTeam("210212", LVSHUN_TEAM, "王志刚", first.plusDays(16))
                        .getId()));
        plan.at(
                first.plusDays(67).atTime(10, 0),
                "shannan",
                () -> tiedong.set(volunteers
                        .createTeam("210302011", TIEDONG_TEAM, "陈磊", first.plusDays(67))
                        .getId()));

        Random random = new Random(9348);
        int a = 0;
        for (LocalDate on = first.plusDays(23);
                on.isBefore(plan.today());
                on = on.plusDays(9 + random.nextInt(8)), a++) {
            Object[] kind = LVSHUN[a % LVSHUN.length];
            int people = 6 + random.nextInt(15);
            BigDecimal goods = (Boolean) kind[2] ? BigDecimal.valueOf(10L * (520 + random.nextInt(400))) : null;
            activity(
                    plan,
                    on,
                    "lvshun",
                    lvshun,
                    new Activity(
                            (ActivityKind) kind[0],
                            on,
                            (String) kind[1],
                            people,
                            BigDecimal.valueOf(people * (2 + random.nextInt(3))),
                            20 + random.nextInt(400),
                            goods));
        }
        for (LocalDate on = first.plusDays(75); on.isBefore(plan.today()); on = on.plusDays(24 + random.nextInt(14))) {
            int people = 5 + random.nextInt(8);
            activity(
                    plan,
                    on,
                    "shannan",
                    tiedong,
                    new Activity(
                            ActivityKind.ELDERLY_CARE,
                            on,
                            "为福康社区老人送热饭",
                            people,
                            BigDecimal.valueOf(people * 2L),
                            25 + random.nextInt(30),
                            BigDecimal.valueOf(10L * (150 + random.nextInt(200)))));
        }

        recognize(plan, plan.daysAgo(93), "lvshun", RecognitionKind.RED_FLAG_CAR, "刘洋", "210212", "网约车司机党员");
        recognize(plan, plan.daysAgo(61), "zhenan", RecognitionKind.RED_TAXI, "孙宏伟", "210604", "振安区“红的哥”");
        recognize(plan, plan.daysAgo(29), "lvshun", RecognitionKind.CRAFTSMAN, "王志刚", "210212", "双向培养：党员培养成技能骨干");
    }

    private void activity(DemoPlan plan, LocalDate on, String actor, AtomicLong team, Activity activity) {
        plan.at(on.atTime(17, 0), actor, () -> volunteers.recordActivity(team.get(), activity));
    }

    private void recognize(
            DemoPlan plan,
            LocalDate on,
            String actor,
            RecognitionKind kind,
            String person,
            String region,
            String note) {
        Occupation occupation = kind == RecognitionKind.CRAFTSMAN ? Occupation.COURIER : Occupation.RIDE_HAILING;
        plan.at(on.atTime(11, 0), actor, () -> volunteers.recognize(kind, person, occupation, region, on, note));
    }
}
