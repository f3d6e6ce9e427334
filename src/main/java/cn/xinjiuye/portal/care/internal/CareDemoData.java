package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.demo.DemoLoader;
import cn.xinjiuye.portal.demo.DemoOrder;
import cn.xinjiuye.portal.demo.DemoPlan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: difficult-family packages (困难家庭数据包). 旅顺口区 handed 320 of them to branches and caring
 * enterprises: 黄金社区's secretary enters the households in sessions through the year, and records each claim for the
 * organization that takes a batch on (by the name of its record in the organization module, {@link #CLAIMANTS}),
 * then the help given and, when the needs are met, closes the package. 福康社区 has a few of its own, one claimed by
 * the courier branch. Names and phones are invented.
 */
@Component
@Order(DemoOrder.CARE)
@RequiredArgsConstructor
public class CareDemoData implements DemoLoader {

    static final String HUANGJIN = "210212003001";
    static final String FUKANG = "210302011001";
    /** The 320 of the article: claimed packages of 旅顺口区. */
    static final int LVSHUN_CLAIMED = 320;

    private static final int GENERATED = 342;
    private static final int BATCH = 8;

    /** Branches and enterprises of 旅顺口区 as the organization module's demo records them, and their kind. */
    static final List<Map.Entry<String, ClaimantKind>> CLAIMANTS = List.of(
            Map.entry("旅顺口区送餐快递小哥联合党支部", ClaimantKind.BRANCH),
            Map.entry("顺丰速运旅顺口营业部", ClaimantKind.ENTERPRISE),
            Map.entry("旅顺口区网约车司机党支部", ClaimantKind.BRANCH),
            Map.entry("美团外卖旅顺口站", ClaimantKind.ENTERPRISE),
            Map.entry("旅顺口区大华商业街联合党支部", ClaimantKind.BRANCH),
            Map.entry("滴滴出行旅顺口服务站", ClaimantKind.ENTERPRISE),
            Map.entry("旅顺口区货车司机党支部", ClaimantKind.BRANCH),
            Map.entry("京东物流旅顺口营业部", ClaimantKind.ENTERPRISE),
            Map.entry("旅顺口区快递行业协会党支部", ClaimantKind.BRANCH),
            Map.entry("货拉拉旅顺口服务点", ClaimantKind.ENTERPRISE),
            Map.entry("旅顺口区快递物流行业党总支", ClaimantKind.BRANCH));

    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "于", "曲", "姜", "孙"};
    private static final String[] GIVEN = {
        "秀英", "建国", "桂芝", "志强", "玉兰", "海涛", "凤霞", "德福", "淑珍", "长顺",
        "春生", "翠花", "振华", "金凤", "永发", "丽萍", "树林", "素琴", "宝山", "艳红",
        "文斌", "凤英", "庆余", "雅琴", "福来", "明珠", "国栋", "秋菊", "学军", "美玲"
    };
    private static final String[] NEEDS = {"冬季取暖", "助学", "就医陪护", "送餐上门", "就业帮扶", "家电维修", "代购生活用品"};
    private static final String[] HELP = {"冬季取暖补贴", "助学金与学习用品", "陪同就医、代缴医药费", "米面油等生活物资", "介绍配送岗位", "上门维修电器"};

    private final AidPackageService packages;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    @Override
    public void plan(DemoPlan plan) {
        LocalDate first = plan.firstDay();
        household(
                plan, first.plusDays(12), "huangjin", HUANGJIN, "张桂兰", 1, Difficulty.ELDERLY_ALONE, "独居，需要定期探望和代购生活用品");
        household(
                plan,
                first.plusDays(12),
                "huangjin",
                HUANGJIN,
                "李国强",
                3,
                Difficulty.SERIOUS_ILLNESS,
                "户主大病住院，子女上学需要助学帮扶");
        household(plan, first.plusDays(12), "huangjin", HUANGJIN, "王秀珍", 2, Difficulty.LOW_INCOME, "冬季取暖费困难");
        household(plan, first.plusDays(12), "huangjin", HUANGJIN, "刘建军", 4, Difficulty.UNEMPLOYED, "户主失业，希望介绍快递、配送岗位");
        household(plan, first.plusDays(12), "huangjin", HUANGJIN, "赵淑芬", 1, Difficulty.DISABILITY, "行动不便，需要送餐上门");
        String[] fukang = {"钱玉芝", "冯德旺", "褚桂英", "卫长海", "蒋秀兰", "孙德明", "周玉梅"};
        for (int i = 0; i < fukang.length; i++) {
            household(
                    plan,
                    first.plusDays(20 + i),
                    "fukang",
                    FUKANG,
                    fukang[i],
                    1 + i % 4,
                    i == 5 ? Difficulty.ELDERLY_ALONE : Difficulty.values()[i % 6],
                    i == 5 ? "老两口独居，需要维修水管和陪同就医" : i == 6 ? "孩子课后无人照看，希望参加红色加油站托管" : NEEDS[i]);
        }
        claim(plan, first.plusDays(41), "huangjin", List.of("李国强"), "旅顺口区送餐快递小哥联合党支部", ClaimantKind.BRANCH);
        claim(plan, first.plusDays(41), "huangjin", List.of("王秀珍"), "顺丰速运旅顺口营业部", ClaimantKind.ENTERPRISE);
        help(plan, first.plusDays(58), "huangjin", "李国强", "助学金与学习用品", 1500);
        help(plan, plan.daysAgo(5), "huangjin", "李国强", "陪同就医、代缴医药费", 820);
        help(plan, plan.daysAgo(12), "huangjin", "王秀珍", "冬季取暖补贴", 1260);
        claim(plan, plan.daysAgo(40), "zhibu", List.of("孙德明"), "送餐快递小哥联合党支部", ClaimantKind.BRANCH);
        help(plan, plan.daysAgo(3), "zhibu", "孙德明", "上门维修水管", 230);

        Random random = new Random(320);
        for (int b = 0; b * 12 < GENERATED; b++) {
            List<Household> session = new ArrayList<>();
            for (int j = b * 12; j < Math.min(GENERATED, b * 12 + 12); j++) {
                session.add(new Household(
                        head(j),
                        1 + random.nextInt(5),
                        null,
                        address(HUANGJIN, head(j)),
                        Difficulty.values()[j % 6],
                        NEEDS[j % NEEDS.length]));
            }
            // The secretary enters a dozen households of the survey in one sitting.
            plan.at(
                    first.plusDays(14 + b * 9L).atTime(9, 30),
                    "huangjin",
                    () -> session.forEach(
                            h -> ids.put(h.head(), packages.create(HUANGJIN, h).getId())));
        }
        int toClaim = LVSHUN_CLAIMED - 2;
        for (int b = 0; b * BATCH < toClaim; b++) {
            Map.Entry<String, ClaimantKind> claimant = CLAIMANTS.get(b % CLAIMANTS.size());
            LocalDate on = first.plusDays(40 + b * 7L);
            List<String> heads = new ArrayList<>();
            for (int j = b * BATCH; j < Math.min(toClaim, b * BATCH + BATCH); j++) {
                heads.add(head(j));
                if (j % 3 == 0) {
                    int yuan = 10 * (20 + random.nextInt(150));
                    help(plan, on.plusDays(3 + random.nextInt(20)), "huangjin", head(j), HELP[j % HELP.length], yuan);
                }
                if (j % 10 == 1 && on.plusDays(75).isBefore(plan.today())) {
                    close(plan, on.plusDays(75), "huangjin", head(j));
                }
            }
            claim(plan, on, "huangjin", heads, claimant.getKey(), claimant.getValue());
        }
    }

    /** The j-th generated household's head: a name of its own, for the steps to find its package by. */
    private static String head(int j) {
        return SURNAMES[j % SURNAMES.length] + GIVEN[j / SURNAMES.length];
    }

    private void household(
            DemoPlan plan,
            LocalDate on,
            String actor,
            String community,
            String head,
            int size,
            Difficulty difficulty,
            String needs) {
        String address = address(community, head);
        plan.at(
                on.atTime(9, 30),
                actor,
                () -> ids.put(
                        head,
                        packages.create(community, new Household(head, size, null, address, difficulty, needs))
                                .getId()));
    }

    private static String address(String community, String head) {
        return (community.equals(HUANGJIN) ? "旅顺口区得胜街道黄金社区" : "铁东区山南街道福康社区") + (Math.abs(head.hashCode()) % 40 + 1)
                + "号楼";
    }

    private void claim(
            DemoPlan plan, LocalDate on, String actor, List<String> heads, String claimant, ClaimantKind kind) {
        plan.at(on.atTime(14, 0), actor, () -> {
            for (String head : heads) {
                long id = ids.get(head);
                packages.claim(id, packages.get(id).getVersion(), kind, claimant);
            }
        });
    }

    private void help(DemoPlan plan, LocalDate on, String actor, String head, String what, int yuan) {
        plan.at(
                on.atTime(16, 0),
                actor,
                () -> packages.recordHelp(ids.get(head), on, what, BigDecimal.valueOf(yuan), null));
    }

    private void close(DemoPlan plan, LocalDate on, String actor, String head) {
        plan.at(
                on.atTime(16, 30),
                actor,
                () -> packages.close(ids.get(head), packages.get(ids.get(head)).getVersion()));
    }
}
