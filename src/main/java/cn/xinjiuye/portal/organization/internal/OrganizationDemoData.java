package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.demo.JdbcDemoLoader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the organizations of the article (送餐快递小哥联合党支部 with the account {@code zhibu} as secretary,
 * 网约车司机党支部, 大华商业街联合党支部, the express trade association's branch), enterprises in 铁东, 旅顺口 and 振安,
 * about twenty people at every stage of the pipeline, a mobile member under a dual-management agreement and some
 * meetings. Dates are relative to today so the due list, the alerts and late feedback always show something.
 * Loaded once (skipped when the joint branch exists). ID numbers are made up but pass the GB 11643 check.
 */
@Component
public class OrganizationDemoData extends JdbcDemoLoader {

    static final String JOINT_BRANCH = "送餐快递小哥联合党支部";
    private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);

    private final IdNumberProtector protector;
    private final Map<String, Long> orgs = new HashMap<>();
    private final Map<String, Long> enterprises = new HashMap<>();
    private final Map<String, Long> people = new HashMap<>();
    private final LocalDate today = LocalDate.now();
    private int sequence = 11;

    OrganizationDemoData(JdbcTemplate jdbc, IdNumberProtector protector) {
        super(20, jdbc);
        this.protector = protector;
    }

    @Override
    public boolean loaded() {
        return exists("select 1 from party_organization where name = ?", JOINT_BRANCH)
                || !exists("select 1 from region where code = '210302011001'");
    }

    @Override
    public void load() {
        Long zhibu = jdbc.queryForList("select id from account where username = 'zhibu'", Long.class).stream()
                .findFirst()
                .orElse(null);
        org(
                "中共铁东区新就业群体综合党委",
                "PARTY_COMMITTEE",
                null,
                "210302",
                "MIXED",
                "2020-07-01",
                "孙立军",
                null,
                true,
                false,
                "MODEL");
        org(
                "中共山南街道党工委",
                "WORKING_COMMITTEE",
                "中共铁东区新就业群体综合党委",
                "210302011",
                "MIXED",
                "2019-05-20",
                "周海燕",
                null,
                true,
                false,
                "MET");
        org(
                JOINT_BRANCH,
                "JOINT_BRANCH",
                "中共山南街道党工委",
                "210302011001",
                "FOOD_DELIVERY",
                "2021-06-18",
                "刘建华",
                zhibu,
                false,
                false,
                "MET");
        org(
                "网约车司机党支部",
                "BRANCH",
                "中共山南街道党工委",
                "210302011002",
                "RIDE_HAILING",
                "2022-03-15",
                "郑国庆",
                null,
                false,
                false,
                "BELOW");
        org(
                "大华商业街联合党支部",
                "JOINT_BRANCH",
                "中共山南街道党工委",
                "210302011001",
                "COMMERCIAL_STREET",
                "2021-09-01",
                "宋佳",
                null,
                false,
                false,
                "NOT_ASSESSED");
        org(
                "铁东区快递行业协会党支部",
                "INDUSTRY_BRANCH",
                "中共铁东区新就业群体综合党委",
                "210302",
                "EXPRESS",
                "2020-11-11",
                "王立新",
                null,
                true,
                true,
                "MET");
        org(
                "旅顺口区快递物流行业党总支",
                "GENERAL_BRANCH",
                null,
                "210212",
                "EXPRESS",
                "2021-04-08",
                "唐志远",
                null,
                true,
                false,
                "MET");
        org(
                "黄金社区骑手党支部",
                "BRANCH",
                "旅顺口区快递物流行业党总支",
                "210212003001",
                "FOOD_DELIVERY",
                "2022-07-01",
                "唐亮",
                null,
                false,
                false,
                "MET");
        org(
                "振安区新就业群体联合党支部",
                "JOINT_BRANCH",
                null,
                "210604001001",
                "FREIGHT",
                "2022-05-12",
                "曹阳",
                null,
                false,
                false,
                "NOT_ASSESSED");

        enterprise(
                "顺丰速运铁东山南网点",
                "EXPRESS_OUTLET",
                "210302011001",
                "EXPRESS",
                28,
                "JOINT_BRANCH",
                JOINT_BRANCH,
                "王立新",
                "2024-03-01",
                null,
                null);
        enterprise(
                "美团外卖山南站",
                "DELIVERY_STATION",
                "210302011001",
                "FOOD_DELIVERY",
                45,
                "JOINT_BRANCH",
                JOINT_BRANCH,
                "王立新",
                "2024-03-01",
                null,
                null);
        enterprise(
                "滴滴出行鞍山铁东服务站",
                "RIDE_HAILING_PLATFORM",
                "210302011002",
                "RIDE_HAILING",
                120,
                "OWN_BRANCH",
                "网约车司机党支部",
                "周海燕",
                "2023-09-10",
                null,
                null);
        enterprise(
                "大华商业街商户联盟",
                "SHOP",
                "210302011001",
                "COMMERCIAL_STREET",
                60,
                "JOINT_BRANCH",
                "大华商业街联合党支部",
                null,
                null,
                null,
                null);
        enterprise("中通快递铁东园林网点", "EXPRESS_OUTLET", "210302012001", "EXPRESS", 15, "NONE", null, null, null, null, null);
        enterprise(
                "韵达快递旅顺黄金网点",
                "EXPRESS_OUTLET",
                "210212003001",
                "EXPRESS",
                12,
                "NONE",
                null,
                null,
                null,
                "赵刚",
                "2025-05-10");
        enterprise(
                "饿了么旅顺站",
                "DELIVERY_STATION",
                "210212003001",
                "FOOD_DELIVERY",
                38,
                "JOINT_BRANCH",
                "黄金社区骑手党支部",
                "唐志远",
                "2024-06-01",
                null,
                null);
        enterprise(
                "振安货运物流有限公司",
                "LOGISTICS",
                "210604001001",
                "FREIGHT",
                30,
                "JOINT_BRANCH",
                "振安区新就业群体联合党支部",
                "林宏",
                "2024-04-15",
                null,
                null);

        // 送餐快递小哥联合党支部 (福康社区): the whole pipeline, and a mobile member.
        person(
                "王建国",
                "MALE",
                "1985-04-12",
                "COURIER",
                "顺丰速运铁东山南网点",
                "210302011001001",
                JOINT_BRANCH,
                "FULL_MEMBER",
                today.minusYears(6),
                false,
                null);
        person(
                "李明",
                "MALE",
                "1990-08-03",
                "COURIER",
                "顺丰速运铁东山南网点",
                "210302011001001",
                JOINT_BRANCH,
                "FULL_MEMBER",
                today.minusYears(4),
                false,
                null);
        person(
                "张伟",
                "MALE",
                "1992-01-20",
                "COURIER",
                "顺丰速运铁东山南网点",
                "210302011001002",
                JOINT_BRANCH,
                "FULL_MEMBER",
                today.minusYears(3),
                true,
                null);
        person(
                "刘洋",
                "MALE",
                "1995-06-15",
                "FOOD_DELIVERY",
                "美团外卖山南站",
                "210302011001001",
                JOINT_BRANCH,
                "PROBATIONARY",
                today.minusMonths(13),
                false,
                null);
        person(
                "陈静",
                "FEMALE",
                "1996-11-02",
                "FOOD_DELIVERY",
                "美团外卖山南站",
                "210302011001001",
                JOINT_BRANCH,
                "DEVELOPMENT_TARGET",
                today.minusMonths(5),
                false,
                null);
        person(
                "杨帆",
                "MALE",
                "1998-03-09",
                "FOOD_DELIVERY",
                "美团外卖山南站",
                "210302011001002",
                JOINT_BRANCH,
                "ACTIVIST",
                today.minusMonths(14),
                false,
                null);
        person(
                "赵磊",
                "MALE",
                "2000-07-21",
                "COURIER",
                "顺丰速运铁东山南网点",
                "210302011001",
                JOINT_BRANCH,
                "ACTIVIST",
                today.minusMonths(4),
                false,
                null);
        person(
                "孙浩",
                "MALE",
                "1999-12-30",
                "FOOD_DELIVERY",
                "美团外卖山南站",
                "210302011001",
                JOINT_BRANCH,
                "APPLICANT",
                today.minusMonths(2),
                false,
                null);
        person(
                "周强",
                "MALE",
                "1993-05-05",
                "COURIER",
                "顺丰速运铁东山南网点",
                "210302011001",
                JOINT_BRANCH,
                "MASSES",
                null,
                true,
                null);
        person(
                "吴磊",
                "MALE",
                "1988-09-17",
                "FOOD_DELIVERY",
                "美团外卖山南站",
                "210302011001",
                JOINT_BRANCH,
                "FULL_MEMBER",
                today.minusYears(8),
                false,
                null);
        // 网约车司机党支部 (山南社区): 7 Party members and no committee, so the committee alert shows.
        person(
                "郑国庆",
                "MALE",
                "1978-02-14",
                "RIDE_HAILING",
                "滴滴出行鞍山铁东服务站",
                "210302011002",
                "网约车司机党支部",
                "FULL_MEMBER",
                today.minusYears(15),
                false,
                "红的哥");
        person(
                "冯涛",
                "MALE",
                "1982-10-08",
                "RIDE_HAILING",
                "滴滴出行鞍山铁东服务站",
                "210302011002",
                "网约车司机党支部",
                "FULL_MEMBER",
                today.minusYears(10),
                false,
                null);
        person(
                "何军",
                "MALE",
                "1980-06-30",
                "RIDE_HAILING",
                "滴滴出行鞍山铁东服务站",
                "210302011002",
                "网约车司机党支部",
                "FULL_MEMBER",
                today.minusYears(12),
                false,
                null);
        person(
                "马超",
                "MALE",
                "1987-01-25",
                "RIDE_HAILING",
                "滴滴出行鞍山铁东服务站",
                "210302011002",
                "网约车司机党支部",
                "FULL_MEMBER",
                today.minusYears(7),
                false,
                null);
        person(
                "高峰",
                "MALE",
                "1984-12-12",
                "RIDE_HAILING",
                "滴滴出行鞍山铁东服务站",
                "210302011002",
                "网约车司机党支部",
                "FULL_MEMBER",
                today.minusYears(9),
                false,
                null);
        person(
                "罗斌",
                "MALE",
                "1983-03-03",
                "RIDE_HAILING",
                "滴滴出行鞍山铁东服务站",
                "210302011002",
                "网约车司机党支部",
                "FULL_MEMBER",
                today.minusYears(11),
                false,
                "红的哥");
        person(
                "梁晨",
                "FEMALE",
                "1994-09-09",
                "RIDE_HAILING",
                "滴滴出行鞍山铁东服务站",
                "210302011002",
                "网约车司机党支部",
                "PROBATIONARY",
                today.minusMonths(3),
                false,
                null);
        person(
                "宋佳",
                "FEMALE",
                "1986-05-20",
                "OTHER",
                "大华商业街商户联盟",
                "210302011001",
                "大华商业街联合党支部",
                "FULL_MEMBER",
                today.minusYears(5),
                false,
                null);
        person(
                "韩雪",
                "FEMALE",
                "1997-08-18",
                "OTHER",
                "大华商业街商户联盟",
                "210302011001",
                "大华商业街联合党支部",
                "ACTIVIST",
                today.minusMonths(9),
                false,
                null);
        person(
                "唐亮",
                "MALE",
                "1989-11-11",
                "FOOD_DELIVERY",
                "饿了么旅顺站",
                "210212003001001",
                "黄金社区骑手党支部",
                "FULL_MEMBER",
                today.minusYears(4),
                true,
                "旅顺工匠");
        person(
                "许飞",
                "MALE",
                "2001-04-04",
                "COURIER",
                "韵达快递旅顺黄金网点",
                "210212003001",
                "黄金社区骑手党支部",
                "APPLICANT",
                today.minusMonths(1),
                false,
                null);
        person(
                "曹阳",
                "MALE",
                "1981-07-07",
                "TRUCK",
                "振安货运物流有限公司",
                "210604001001",
                "振安区新就业群体联合党支部",
                "FULL_MEMBER",
                today.minusYears(9),
                false,
                null);
        person(
                "邓凯",
                "MALE",
                "1991-02-02",
                "TRUCK",
                "振安货运物流有限公司",
                "210604001001",
                "振安区新就业群体联合党支部",
                "MASSES",
                null,
                false,
                null);

        // 刘洋's way through the pipeline, step by step.
        step("刘洋", "ADVANCE", "APPLICANT", today.minusMonths(40), "送餐快递小哥联合党支部", null);
        step("刘洋", "ADVANCE", "ACTIVIST", today.minusMonths(36), "送餐快递小哥联合党支部", null);
        step("刘洋", "ADVANCE", "DEVELOPMENT_TARGET", today.minusMonths(22), "中共山南街道党工委", null);
        step("刘洋", "ADVANCE", "PROBATIONARY", today.minusMonths(13), "中共山南街道党工委", null);
        step("杨帆", "ADVANCE", "APPLICANT", today.minusMonths(18), "送餐快递小哥联合党支部", null);
        step("杨帆", "ADVANCE", "ACTIVIST", today.minusMonths(14), "送餐快递小哥联合党支部", null);

        jdbc.update(
                "insert into representation (person_id, kind, level, status, nominated_on) values (?, 'PEOPLES_CONGRESS', 'DISTRICT', 'ELECTED', ?)",
                people.get("王建国"),
                today.minusYears(2));
        jdbc.update(
                "insert into representation (person_id, kind, level, status, nominated_on) values (?, 'PARTY_CONGRESS', 'CITY', 'NOMINATED', ?)",
                people.get("罗斌"),
                today.minusMonths(6));

        // 吴磊: a mobile member from 朝阳县, under a two-year agreement signed 14 months ago.
        LocalDate signed = today.minusMonths(14);
        Long mobile = jdbc.queryForObject("""
                insert into mobile_member (person_id, host_branch_id, home_org_name, home_org_region, home_org_contact,
                                           agreement_signed_on, term_months)
                values (?, ?, '中共朝阳县羊山镇党委', '辽宁省朝阳市朝阳县', '组织委员 孙红 0421-7123456', ?, 24) returning id
                """, Long.class, people.get("吴磊"), orgs.get(JOINT_BRANCH), signed);
        MobileMemberService.Period first = MobileMemberService.Period.of(signed);
        jdbc.update(
                "insert into feedback_letter (mobile_member_id, year, half, evaluation, sent_on) values (?, ?, ?, ?, ?)",
                mobile,
                first.year(),
                first.half(),
                "该同志按时参加组织生活，积极参与志愿服务，表现良好。",
                first.end().plusDays(10).isAfter(today) ? today : first.end().plusDays(10));
        service("吴磊", today.minusMonths(7), "爱心驿站值守，为骑手送水", 3);
        service("吴磊", today, "社区反诈宣传", 2);

        // Organizational life of the joint branch.
        List<String> present = List.of("王建国", "李明", "张伟", "刘洋", "吴磊");
        meeting(
                JOINT_BRANCH,
                "THEME_DAY",
                true,
                today.minusMonths(1).withDayOfMonth(10),
                "学习新修订的《快递暂行条例》网上主题党日",
                present);
        meeting(
                JOINT_BRANCH,
                "MEMBER_CONGRESS",
                false,
                today.minusMonths(2).withDayOfMonth(5),
                "讨论接收刘洋同志为预备党员",
                List.of("王建国", "李明", "张伟", "吴磊"));
        meeting(
                JOINT_BRANCH,
                "LESSON",
                false,
                today.minusMonths(4).withDayOfMonth(20),
                "书记讲党课：新就业群体中的党员先锋作用",
                List.of("王建国", "李明", "刘洋"));
        meeting(
                "网约车司机党支部",
                "THEME_DAY",
                false,
                today.minusMonths(1).withDayOfMonth(15),
                "党员红旗车服务高考考生",
                List.of("郑国庆", "冯涛", "罗斌"));
        log.info(
                "Organizations demo data loaded: {} organizations, {} enterprises, {} people",
                orgs.size(),
                enterprises.size(),
                people.size());
    }

    private long region(String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    private void org(
            String name,
            String type,
            String parent,
            String regionCode,
            String industry,
            String founded,
            String secretary,
            Long secretaryAccount,
            boolean committee,
            boolean groups,
            String standard) {
        orgs.put(
                name,
                jdbc.queryForObject(
                        """
                insert into party_organization (name, type, parent_id, region_id, industry, founded_on, secretary_name,
                    secretary_account_id, has_committee, has_party_groups, standardization)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """,
                        Long.class,
                        name,
                        type,
                        parent == null ? null : orgs.get(parent),
                        region(regionCode),
                        industry,
                        LocalDate.parse(founded),
                        secretary,
                        secretaryAccount,
                        committee,
                        groups,
                        standard));
    }

    private void enterprise(
            String name,
            String kind,
            String regionCode,
            String industry,
            int workers,
            String coverage,
            String org,
            String instructor,
            String instructorSent,
            String seed,
            String seedSent) {
        enterprises.put(
                name,
                jdbc.queryForObject(
                        """
                insert into enterprise (name, kind, region_id, industry, worker_count, coverage, organization_id,
                    instructor_name, instructor_sent_on, seed_members, seed_sent_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """,
                        Long.class,
                        name,
                        kind,
                        region(regionCode),
                        industry,
                        workers,
                        coverage,
                        org == null ? null : orgs.get(org),
                        instructor,
                        instructorSent == null ? null : LocalDate.parse(instructorSent),
                        seed,
                        seedSent == null ? null : LocalDate.parse(seedSent)));
    }

    private void person(
            String name,
            String gender,
            String birth,
            String occupation,
            String enterprise,
            String regionCode,
            String branch,
            String status,
            LocalDate since,
            boolean twoWay,
            String skill) {
        LocalDate birthDate = LocalDate.parse(birth);
        int seq = sequence++;
        if ((seq % 2 == 1) != gender.equals("MALE")) {
            seq = sequence++;
        }
        String id =
                IdNumbers.withCheck(regionCode.substring(0, 6) + birth.replace("-", "") + String.format("%03d", seq));
        String phone = "139" + String.format("%08d", 41200000 + seq);
        people.put(
                name,
                jdbc.queryForObject(
                        """
                insert into person (name, gender, birth_date, id_cipher, id_blind_index, id_masked, phone, occupation,
                    enterprise_id, region_id, branch_id, political_status, status_since, two_way_cultivation, skill_title)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """,
                        Long.class,
                        name,
                        gender,
                        birthDate,
                        protector.encrypt(id),
                        protector.blindIndex(id),
                        PersonService.maskIdNumber(id),
                        phone,
                        occupation,
                        enterprises.get(enterprise),
                        region(regionCode),
                        orgs.get(branch),
                        status,
                        since,
                        twoWay,
                        skill));
    }

    private void step(String person, String kind, String to, LocalDate date, String body, Integer months) {
        jdbc.update(
                "insert into pipeline_step (person_id, kind, to_status, step_date, approving_body, extension_months) "
                        + "values (?, ?, ?, ?, ?, ?)",
                people.get(person),
                kind,
                to,
                date,
                body,
                months);
    }

    private void service(String person, LocalDate on, String what, int hours) {
        jdbc.update(
                "insert into member_service (person_id, served_on, description, hours) values (?, ?, ?, ?)",
                people.get(person),
                on,
                what,
                hours);
    }

    private void meeting(String branch, String kind, boolean online, LocalDate on, String topic, List<String> present) {
        Long id = jdbc.queryForObject(
                "insert into party_meeting (branch_id, kind, online, held_on, topic) values (?, ?, ?, ?, ?) returning id",
                Long.class,
                orgs.get(branch),
                kind,
                online,
                on,
                topic);
        for (String p : present) {
            jdbc.update("insert into meeting_attendance (meeting_id, person_id) values (?, ?)", id, people.get(p));
        }
    }
}
