package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.demo.DemoLoader;
import cn.xinjiuye.portal.demo.DemoOrder;
import cn.xinjiuye.portal.demo.DemoPlan;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Firm;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Org;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the organizations of the feature demo, entered by their users through the module's services on the
 * first days of the demo's year (铁东 by the district and 山南街道, 旅顺口 and 振安 by their districts): 送餐快递小哥联合党支部
 * with the account {@code zhibu} as secretary, 网约车司机党支部, 大华商业街联合党支部, the express trade association's
 * branch, their enterprises and people ({@link OrganizationDemoPeople}), then a year of their organizational life.
 * The article's figures come on top ({@link OrganizationArticleDemoData}, which plans on the same steps).
 */
@Component
@Order(DemoOrder.ORGANIZATIONS)
public class OrganizationDemoData implements DemoLoader {

    static final String JOINT_BRANCH = "送餐快递小哥联合党支部";
    static final String STREET = "中共山南街道党工委";
    static final String LVSHUN_GENERAL = "旅顺口区快递物流行业党总支";
    static final String HUANGJIN_BRANCH = "黄金社区骑手党支部";
    static final String ZHENAN_JOINT = "振安区新就业群体联合党支部";

    /** Name; type; parent; region; industry; founded; secretary; secretary's account; committee; standard; by. */
    private static final String ORGS = """
            中共铁东区新就业群体综合党委;PARTY_COMMITTEE;-;210302;MIXED;2020-07-01;孙立军;-;true;MODEL;tiedong
            中共山南街道党工委;WORKING_COMMITTEE;中共铁东区新就业群体综合党委;210302011;MIXED;2019-05-20;周海燕;-;true;MET;tiedong
            铁东区快递行业协会党支部;INDUSTRY_BRANCH;中共铁东区新就业群体综合党委;210302;EXPRESS;2020-11-11;王立新;-;true;MET;tiedong
            送餐快递小哥联合党支部;JOINT_BRANCH;中共山南街道党工委;210302011001;FOOD_DELIVERY;2021-06-18;刘建华;zhibu;false;MET;shannan
            网约车司机党支部;BRANCH;中共山南街道党工委;210302011002;RIDE_HAILING;2022-03-15;郑国庆;-;false;BELOW;shannan
            大华商业街联合党支部;JOINT_BRANCH;中共山南街道党工委;210302011001;COMMERCIAL_STREET;2021-09-01;宋佳;-;false;NOT_ASSESSED;shannan
            旅顺口区快递物流行业党总支;GENERAL_BRANCH;-;210212;EXPRESS;2021-04-08;唐志远;-;true;MET;lvshun
            黄金社区骑手党支部;JOINT_BRANCH;旅顺口区快递物流行业党总支;210212003001;FOOD_DELIVERY;2022-07-01;唐亮;-;false;MET;lvshun
            振安区新就业群体联合党支部;JOINT_BRANCH;-;210604001001;FREIGHT;2022-05-12;曹阳;-;false;NOT_ASSESSED;zhenan
            """;

    /** Name; kind; region; industry; workers; coverage; organization; instructor; sent on; by. */
    private static final String FIRMS = """
            顺丰速运铁东山南网点;EXPRESS_OUTLET;210302011001;EXPRESS;28;JOINT_BRANCH;送餐快递小哥联合党支部;王立新;2024-03-01;shannan
            美团外卖山南站;DELIVERY_STATION;210302011001;FOOD_DELIVERY;45;JOINT_BRANCH;送餐快递小哥联合党支部;王立新;2024-03-01;shannan
            滴滴出行鞍山铁东服务站;RIDE_HAILING_PLATFORM;210302011002;RIDE_HAILING;120;OWN_BRANCH;网约车司机党支部;周海燕;2023-09-10;shannan
            大华商业街商户联盟;SHOP;210302011001;COMMERCIAL_STREET;60;JOINT_BRANCH;大华商业街联合党支部;-;-;shannan
            中通快递铁东园林网点;EXPRESS_OUTLET;210302012001;EXPRESS;15;NONE;-;-;-;tiedong
            韵达快递旅顺黄金网点;EXPRESS_OUTLET;210212003001;EXPRESS;12;NONE;-;-;-;lvshun
            饿了么旅顺站;DELIVERY_STATION;210212003001;FOOD_DELIVERY;38;JOINT_BRANCH;黄金社区骑手党支部;唐志远;2024-06-01;lvshun
            振安货运物流有限公司;LOGISTICS;210604001001;FREIGHT;30;JOINT_BRANCH;振安区新就业群体联合党支部;林宏;2024-04-15;zhenan
            """;

    private final OrganizationDemoSteps.Services services;
    private OrganizationDemoSteps steps;
    private OrganizationDemoLife life;

    OrganizationDemoData(
            OrganizationService organizations,
            EnterpriseService enterprises,
            PersonService people,
            PipelineService pipeline,
            MobileMemberService mobile,
            MeetingService meetings) {
        this.services =
                new OrganizationDemoSteps.Services(organizations, enterprises, people, pipeline, mobile, meetings);
    }

    /** The steps of this load, for the article's part, which plans after this one. */
    OrganizationDemoSteps steps() {
        return steps;
    }

    OrganizationDemoLife life() {
        return life;
    }

    @Override
    public void plan(DemoPlan plan) {
        steps = new OrganizationDemoSteps(plan, services, "13941", 11);
        life = new OrganizationDemoLife(steps);
        OrganizationDemoSteps s = steps;
        // Entered in the first days, after the accounts; their founding dates are older.
        LocalDate start = plan.firstDay();
        for (String[] o : rows(ORGS)) {
            s.org(
                    start,
                    o[10],
                    new Org(
                            o[0],
                            OrganizationType.valueOf(o[1]),
                            o[2],
                            o[3],
                            Industry.valueOf(o[4]),
                            LocalDate.parse(o[5]),
                            o[6],
                            o[7],
                            Boolean.parseBoolean(o[8]),
                            Standardization.valueOf(o[9])));
        }
        for (String[] f : rows(FIRMS)) {
            s.firm(
                    start,
                    f[9],
                    new Firm(
                            f[0],
                            EnterpriseKind.valueOf(f[1]),
                            f[2],
                            Industry.valueOf(f[3]),
                            Integer.parseInt(f[4]),
                            Coverage.valueOf(f[5]),
                            f[6],
                            f[7],
                            f[8] == null ? null : LocalDate.parse(f[8])));
        }
        // A seed member for the outlet without members, in spring.
        s.seeds(plan.daysAgo(205), "lvshun", "韵达快递旅顺黄金网点", "赵刚");

        OrganizationDemoPeople.plan(s, life, start);
        life.lifeOf(JOINT_BRANCH, "zhibu", start, false, 1);
        life.lifeOf("网约车司机党支部", "shannan", start, false, 2);
        life.lifeOf("大华商业街联合党支部", "shannan", start, false, 3);
    }

    static Org org(
            String name,
            OrganizationType type,
            String parent,
            String region,
            Industry industry,
            String founded,
            String secretary,
            String account,
            boolean committee,
            Standardization standard) {
        return new Org(
                name,
                type,
                parent,
                region,
                industry,
                LocalDate.parse(founded),
                secretary,
                account,
                committee,
                standard);
    }

    /** Rows of a table below: fields split at ';', "-" for none. */
    static List<String[]> rows(String table) {
        return table.lines()
                .map(line -> Arrays.stream(line.split(";"))
                        .map(v -> v.equals("-") ? null : v)
                        .toArray(String[]::new))
                .toList();
    }
}
