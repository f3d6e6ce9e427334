package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.demo.JdbcDemoLoader;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: difficult-family packages in 黄金社区 (Lüshunkou handed 320 such packages to branches and caring
 * enterprises) and 福康社区, a vanguard service team with its activities, and the article's recognitions.
 * Names and phones are invented.
 */
@Component
public class CareDemoData extends JdbcDemoLoader {

    private final Clock clock;
    private final AidPackageNumbers numbers;

    CareDemoData(JdbcTemplate jdbc, Clock clock, AidPackageNumbers numbers) {
        super(40, jdbc);
        this.clock = clock;
        this.numbers = numbers;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        String[][] households = {
            {"210212003001", "张桂兰", "1", "ELDERLY_ALONE", "独居，需要定期探望和代购生活用品"},
            {"210212003001", "李国强", "3", "SERIOUS_ILLNESS", "户主大病住院，子女上学需要助学帮扶"},
            {"210212003001", "王秀珍", "2", "LOW_INCOME", "冬季取暖费困难"},
            {"210212003001", "刘建军", "4", "UNEMPLOYED", "户主失业，希望介绍快递、配送岗位"},
            {"210212003001", "赵淑芬", "1", "DISABILITY", "行动不便，需要送餐上门"},
            {"210302011001", "孙德明", "2", "ELDERLY_ALONE", "老两口独居，需要维修水管和陪同就医"},
            {"210302011001", "周玉梅", "3", "LOW_INCOME", "孩子课后无人照看，希望参加红色加油站托管"},
        };
        int n = 0;
        for (String[] h : households) {
            n++;
            String code = "KJ" + h[0] + "-" + String.format("%04d", n);
            jdbc.update(
                    """
                    insert into aid_package (code, community_id, household_head, household_size, phone, address, difficulty, needs)
                    values (?, (select id from region where code = ?), ?, ?, ?, ?, ?, ?)""",
                    code,
                    h[0],
                    h[1],
                    Integer.parseInt(h[2]),
                    "1390411" + String.format("%04d", n),
                    h[0].startsWith("210212") ? "旅顺口区得胜街道黄金社区" + n + "号楼" : "铁东区山南街道福康社区" + n + "号楼",
                    h[3],
                    h[4]);
        }
        // Lüshunkou handed 320 packages to branches and caring enterprises: the rest of them, most already claimed.
        jdbc.update("""
                insert into aid_package (code, community_id, household_head, household_size, phone, address, difficulty,
                                         needs, status, claimant_kind, claimant_name, claimed_at)
                select 'KJ210212003001-' || lpad(g::text, 4, '0'), (select id from region where code = '210212003001'),
                       (array['张','王','李','赵','刘','陈','杨','黄'])[1 + g % 8] || (array['秀英','建国','桂芝','志强','玉兰','海涛'])[1 + g % 6],
                       1 + g % 5, null, '旅顺口区得胜街道黄金社区' || (g % 40 + 1) || '号楼',
                       (array['LOW_INCOME','DISABILITY','ELDERLY_ALONE','SERIOUS_ILLNESS','UNEMPLOYED','OTHER'])[1 + g % 6],
                       (array['冬季取暖','助学','就医陪护','送餐上门','就业帮扶','家电维修'])[1 + g % 6],
                       case when g % 10 = 0 then 'OPEN' else 'CLAIMED' end,
                       case when g % 10 = 0 then null when g % 3 = 0 then 'ENTERPRISE' else 'BRANCH' end,
                       case when g % 10 = 0 then null when g % 3 = 0 then '爱心企业' || (g % 7 + 1) || '号' else '快递行业协会党支部' end,
                       case when g % 10 = 0 then null else now() end
                  from generate_series(8, 322) g""");
        // The packages above were numbered here: the communities' counters go on after them.
        numbers.catchUp();
        claim("KJ210212003001-0002", "BRANCH", "送餐快递小哥联合党支部", "huangjin");
        help("KJ210212003001-0002", today.minusDays(20), "助学金与学习用品", 1500);
        help("KJ210212003001-0002", today.minusDays(5), "陪同就医、代缴医药费", 800);
        claim("KJ210212003001-0003", "ENTERPRISE", "顺丰速运旅顺营业部", "huangjin");
        help("KJ210212003001-0003", today.minusDays(12), "冬季取暖补贴", 1200);
        claim("KJ210302011001-0006", "BRANCH", "送餐快递小哥联合党支部", "zhibu");
        help("KJ210302011001-0006", today.minusDays(3), "上门维修水管", 200);

        jdbc.update(
                "insert into volunteer_team (name, region_id, leader, founded_on) values "
                        + "('旅顺口区快递小哥先锋服务队', (select id from region where code = '210212'), '王志刚', ?), "
                        + "('铁东区外卖骑手先锋服务队', (select id from region where code = '210302011'), '陈磊', ?)",
                today.minusYears(1),
                today.minusMonths(8));
        activity("旅顺口区快递小哥先锋服务队", "COMMUNITY_PATROL", today.minusDays(40), "黄金社区夜间巡逻", 12, 36, 300, 0);
        activity("旅顺口区快递小哥先锋服务队", "ANTI_FRAUD", today.minusDays(25), "反诈宣传进社区", 8, 16, 450, 0);
        activity("旅顺口区快递小哥先锋服务队", "ELDERLY_CARE", today.minusDays(10), "为独居老人送米面油", 15, 30, 60, 45000);
        activity("旅顺口区快递小哥先锋服务队", "TRAFFIC_GUIDANCE", today.minusDays(2), "学校门口交通疏导", 6, 12, 800, 0);
        activity("旅顺口区快递小哥先锋服务队", "ELDERLY_CARE", today.minusDays(18), "为困难家庭送过冬物资", 20, 40, 120, 30000);
        activity("旅顺口区快递小哥先锋服务队", "OTHER", today.minusDays(4), "爱心企业捐赠助学物资", 9, 18, 80, 16000);
        activity("铁东区外卖骑手先锋服务队", "ELDERLY_CARE", today.minusDays(7), "为福康社区老人送热饭", 10, 20, 40, 3000);

        recognition("RED_FLAG_CAR", "刘洋", "RIDE_HAILING", "210212", today.minusMonths(3), "网约车司机党员");
        recognition("RED_TAXI", "孙宏伟", "RIDE_HAILING", "210604", today.minusMonths(2), "振安区“红的哥”");
        recognition("CRAFTSMAN", "王志刚", "COURIER", "210212", today.minusMonths(1), "双向培养：党员培养成技能骨干");
    }

    private void claim(String code, String kind, String name, String username) {
        jdbc.update(
                "update aid_package set status = 'CLAIMED', claimant_kind = ?, claimant_name = ?, claimed_at = now(), "
                        + "claimed_by_account_id = (select id from account where username = ?) where code = ?",
                kind,
                name,
                username,
                code);
    }

    private void help(String code, LocalDate on, String what, int yuan) {
        jdbc.update(
                "insert into aid_help (package_id, helped_on, what, value_yuan, given_by) "
                        + "select id, ?, ?, ?, claimant_name from aid_package where code = ?",
                on,
                what,
                yuan,
                code);
    }

    private void activity(
            String team, String kind, LocalDate on, String title, int people, int hours, int served, int goods) {
        jdbc.update(
                "insert into volunteer_activity (team_id, kind, held_on, title, participants, hours, people_served, goods_value) "
                        + "select id, ?, ?, ?, ?, ?, ?, ? from volunteer_team where name = ?",
                kind,
                on,
                title,
                people,
                hours,
                served,
                goods,
                team);
    }

    private void recognition(
            String kind, String name, String occupation, String regionCode, LocalDate on, String note) {
        jdbc.update(
                "insert into recognition (kind, person_name, occupation, region_id, awarded_on, note) "
                        + "values (?, ?, ?, (select id from region where code = ?), ?, ?)",
                kind,
                name,
                occupation,
                regionCode,
                on,
                note);
    }
}
