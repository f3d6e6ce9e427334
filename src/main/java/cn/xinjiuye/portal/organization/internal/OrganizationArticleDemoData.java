package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.demo.JdbcDemoLoader;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the article's organization figures, so the dashboard reproduces them.
 * 旅顺口区: 7 grassroots Party organizations, 25 members who found a home, 900+ workers who found a Party
 * organization, 15 activists, 8 members become "旅顺工匠", a courier in the district CPPCC.
 * 振安区 (for Dandong): Party organizations in 4 larger express and logistics firms, instructors in 13 enterprises,
 * seed members in 8, 24 dual-management agreements, 3 mobile members back (归队), 14 activists.
 * Names are invented; ID numbers are generated with a valid check digit and stored encrypted like any other.
 */
@Component
public class OrganizationArticleDemoData extends JdbcDemoLoader {

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"
    };
    private static final String[] GIVEN = {
        "海", "峰", "磊", "强", "军", "勇", "杰", "涛", "明", "超", "鹏", "辉", "斌", "宇", "浩", "凯", "丽", "静", "敏", "燕"
    };

    private final IdNumberProtector protector;
    private final Clock clock;
    private int serial;

    OrganizationArticleDemoData(JdbcTemplate jdbc, IdNumberProtector protector, Clock clock) {
        super(92, jdbc);
        this.clock = clock;
        this.protector = protector;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        long lvshunGeneral = id("select id from party_organization where name = '旅顺口区快递物流行业党总支'");

        // 旅顺口区: five more organizations beside the 党总支 and 黄金社区骑手党支部 (seven in all).
        long food = org("旅顺口区送餐快递小哥联合党支部", "JOINT_BRANCH", lvshunGeneral, "210212003001", "FOOD_DELIVERY");
        long taxi = org("旅顺口区网约车司机党支部", "BRANCH", lvshunGeneral, "210212003001", "RIDE_HAILING");
        long street = org("旅顺口区大华商业街联合党支部", "JOINT_BRANCH", lvshunGeneral, "210212003001", "COMMERCIAL_STREET");
        long truck = org("旅顺口区货车司机党支部", "BRANCH", lvshunGeneral, "210212003001", "FREIGHT");
        long association = org("旅顺口区快递行业协会党支部", "INDUSTRY_BRANCH", lvshunGeneral, "210212", "EXPRESS");
        long sf = enterprise(
                "顺丰速运旅顺口营业部", "EXPRESS_OUTLET", "210212003001", "EXPRESS", 180, "JOINT_BRANCH", food, "唐志远", null);
        long meituan = enterprise(
                "美团外卖旅顺口站",
                "DELIVERY_STATION",
                "210212003001",
                "FOOD_DELIVERY",
                260,
                "JOINT_BRANCH",
                food,
                "唐志远",
                null);
        long didi = enterprise(
                "滴滴出行旅顺口服务站",
                "RIDE_HAILING_PLATFORM",
                "210212003001",
                "RIDE_HAILING",
                300,
                "OWN_BRANCH",
                taxi,
                null,
                null);
        long huolala =
                enterprise("货拉拉旅顺口服务点", "LOGISTICS", "210212003001", "FREIGHT", 80, "OWN_BRANCH", truck, null, null);
        long jd = enterprise(
                "京东物流旅顺口营业部", "EXPRESS_OUTLET", "210212003001", "EXPRESS", 60, "JOINT_BRANCH", association, null, null);
        // Two members at each enterprise of a joint branch (fewer than three: no branch of their own is due), the rest
        // at the firms with branches of their own.
        long[][] homes = {
            {food, sf}, {food, meituan}, {association, jd}, {taxi, didi}, {truck, huolala}, {street, meituan}
        };
        // 24 more members with a branch (唐亮 is the 25th); seven of them, and 唐亮, are 旅顺工匠.
        for (int i = 0; i < 24; i++) {
            long[] home = i < 6 ? homes[i % 3] : homes[3 + i % 2];
            person(
                    "210212003001",
                    home[1],
                    home[0],
                    "FULL_MEMBER",
                    today.minusYears(1 + i % 6),
                    i < 7 ? "旅顺工匠" : null,
                    i % 3 == 0);
        }
        for (int i = 0; i < 15; i++) {
            long[] home = homes[i % homes.length];
            person("210212003001", home[1], null, "ACTIVIST", today.minusMonths(2 + i), null, true);
        }
        long sun = person("210212003001", sf, null, "MASSES", null, null, false);
        jdbc.update("update person set name = '孙广利' where id = ?", sun);
        jdbc.update(
                "insert into representation (person_id, kind, level, status, nominated_on) "
                        + "values (?, 'CPPCC', 'DISTRICT', 'ELECTED', ?)",
                sun,
                today.minusMonths(10));

        // 振安区: branches in four larger express and logistics firms, instructors and seed members, mobile members.
        String[] firms = {"中国邮政振安揽投部", "顺丰速运振安营业部", "中通快递振安分拨中心", "德邦物流振安营业部"};
        long firstBranch = 0;
        for (String firm : firms) {
            long branch = org(firm + "党支部", "BRANCH", null, "210604001001", "EXPRESS");
            firstBranch = firstBranch == 0 ? branch : firstBranch;
            enterprise(firm, "EXPRESS_OUTLET", "210604001001", "EXPRESS", 60, "OWN_BRANCH", branch, "林宏", null);
        }
        // Instructors in 13 enterprises in all (4 above, 1 before, 8 here); seed members where there were no members.
        for (int i = 1; i <= 8; i++) {
            enterprise(
                    "振安区快递网点" + i + "号",
                    "EXPRESS_OUTLET",
                    "210604001001",
                    "EXPRESS",
                    8 + i,
                    "NONE",
                    null,
                    "指导员" + (char) ('甲' + i - 1),
                    "种子党员" + i);
        }
        long postal = id("select id from enterprise where name = '中国邮政振安揽投部'");
        for (int i = 0; i < 27; i++) {
            long member = person(
                    "210604001001", postal, firstBranch, "FULL_MEMBER", today.minusYears(2 + i % 5), null, false);
            boolean back = i < 3;
            jdbc.update(
                    """
                    insert into mobile_member (person_id, host_branch_id, home_org_name, home_org_region, home_org_contact,
                                               agreement_signed_on, term_months, returned, returned_on, return_note)
                    values (?, ?, ?, '辽宁省丹东市', '组织委员 0415-2100000', ?, 24, ?, ?, ?)""",
                    member,
                    firstBranch,
                    "中共宽甸县" + (i % 5 + 1) + "号村党支部",
                    today.minusMonths(3 + i % 18),
                    back,
                    back ? today.minusMonths(1 + i) : null,
                    back ? "组织找党员、党员找组织，已归队" : null);
        }
        for (int i = 0; i < 14; i++) {
            person("210604001001", postal, null, "ACTIVIST", today.minusMonths(1 + i), null, false);
        }
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private long org(String name, String type, Long parent, String regionCode, String industry) {
        return jdbc.queryForObject(
                """
                insert into party_organization (name, type, parent_id, region_id, industry, founded_on, standardization)
                values (?, ?, ?, (select id from region where code = ?), ?, ?, 'MET') returning id""",
                Long.class,
                name,
                type,
                parent,
                regionCode,
                industry,
                LocalDate.now(clock).minusYears(1));
    }

    private long enterprise(
            String name,
            String kind,
            String regionCode,
            String industry,
            int workers,
            String coverage,
            Long org,
            String instructor,
            String seed) {
        LocalDate sent = LocalDate.now(clock).minusMonths(8);
        return jdbc.queryForObject(
                """
                insert into enterprise (name, kind, region_id, industry, worker_count, coverage, organization_id,
                                        instructor_name, instructor_sent_on, seed_members, seed_sent_on)
                values (?, ?, (select id from region where code = ?), ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                name,
                kind,
                regionCode,
                industry,
                workers,
                coverage,
                org,
                instructor,
                instructor == null ? null : sent,
                seed,
                seed == null ? null : sent);
    }

    /** A person with a generated name and a valid, encrypted ID number of the region's district. */
    private long person(
            String regionCode,
            long enterprise,
            Long branch,
            String status,
            LocalDate since,
            String skill,
            boolean twoWay) {
        int n = serial++;
        boolean male = n % 3 != 2;
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(97L * n + 3);
        // The 17th digit is odd for men and even for women (GB 11643).
        int seq = 600 + 2 * (n % 150) + (male ? 1 : 0);
        String id = IdNumbers.withCheck(
                regionCode.substring(0, 6) + birth.toString().replace("-", "") + String.format("%03d", seq));
        String name = SURNAMES[n % SURNAMES.length]
                + GIVEN[(n * 7) % GIVEN.length]
                + (n % 2 == 0 ? "" : GIVEN[(n * 3 + 1) % GIVEN.length]);
        IdNumberProtector.Sealed sealed = protector.seal(id);
        return jdbc.queryForObject(
                """
                insert into person (name, gender, birth_date, id_cipher, id_blind_index, id_key, id_masked, phone,
                                    occupation, enterprise_id, region_id, branch_id, political_status, status_since,
                                    two_way_cultivation, skill_title)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'COURIER', ?, (select id from region where code = ?), ?, ?, ?, ?, ?)
                returning id""",
                Long.class,
                name,
                male ? "MALE" : "FEMALE",
                birth,
                sealed.cipher(),
                sealed.blindIndex(),
                sealed.keyId(),
                PersonService.maskIdNumber(id),
                "137" + String.format("%08d", 41100000 + n),
                enterprise,
                regionCode,
                branch,
                status,
                since,
                twoWay,
                skill);
    }
}
