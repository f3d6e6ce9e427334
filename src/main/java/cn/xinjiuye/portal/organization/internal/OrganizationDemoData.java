package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.demo.JdbcDemoLoader;
import java.time.Clock;
import java.time.LocalDate;
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
    private final Clock clock;

    OrganizationDemoData(JdbcTemplate jdbc, IdNumberProtector protector, Clock clock) {
        super(20, jdbc);
        this.clock = clock;
        this.protector = protector;
    }

    @Override
    public void load() {
        OrganizationDemoRecords r = new OrganizationDemoRecords(jdbc, protector, LocalDate.now(clock));
        Long zhibu = r.jdbc.queryForList("select id from account where username = 'zhibu'", Long.class).stream()
                .findFirst()
                .orElse(null);
        r.org(
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
        r.org(
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
        r.org(
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
        r.org(
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
        r.org(
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
        r.org(
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
        r.org(
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
        r.org(
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
        r.org(
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

        r.enterprise(
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
        r.enterprise(
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
        r.enterprise(
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
        r.enterprise(
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
        r.enterprise(
                "中通快递铁东园林网点", "EXPRESS_OUTLET", "210302012001", "EXPRESS", 15, "NONE", null, null, null, null, null);
        r.enterprise(
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
        r.enterprise(
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
        r.enterprise(
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
        OrganizationDemoPeople.load(r);
        OrganizationDemoLife.load(r);
        log.info(
                "Organizations demo data loaded: {} organizations, {} enterprises, {} people",
                r.orgs.size(),
                r.enterprises.size(),
                r.people.size());
    }
}
