package cn.xinjiuye.portal.organization.internal;

import static cn.xinjiuye.portal.organization.internal.OrganizationDemoData.HUANGJIN_BRANCH;
import static cn.xinjiuye.portal.organization.internal.OrganizationDemoData.LVSHUN_GENERAL;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.FULL_MEMBER;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.MASSES;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.PROBATIONARY;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.demo.DemoLoader;
import cn.xinjiuye.portal.demo.DemoOrder;
import cn.xinjiuye.portal.demo.DemoPlan;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Firm;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Org;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Who;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the article's year in 旅顺口区, lived through the services by the district's staff ({@code lvshun})
 * and 黄金社区 ({@code huangjin}): six branches founded one after another (with 黄金社区骑手党支部, 7 on the dashboard),
 * the enterprises they cover (971 workers who found a Party organization), 22 members found and moved to a branch
 * (with 唐亮 and two received in the year, 25 who found a home), 15 activists and development targets on 得胜街道党工委's list, 8 members become 旅顺工匠,
 * the courier 孙广利 in the district CPPCC; then 丹东's part ({@link OrganizationDandongDemo}). Names are invented; ID
 * numbers have a valid check digit and are stored encrypted like any other.
 */
@Component
@Order(DemoOrder.ARTICLE_ORGANIZATIONS)
@RequiredArgsConstructor
public class OrganizationArticleDemoData implements DemoLoader {

    static final String FOOD = "旅顺口区送餐快递小哥联合党支部";
    static final String TAXI = "旅顺口区网约车司机党支部";
    static final String DAHUA = "旅顺口区大华商业街联合党支部";
    static final String ASSOCIATION = "旅顺口区快递行业协会党支部";
    static final String TRUCK = "旅顺口区货车司机党支部";
    static final String DRIVERS = "旅顺口区代驾司机联合党支部";
    static final String DESHENG = "中共得胜街道党工委";
    static final String SUN_GUANGLI = "孙广利";

    /** The branches founded in the year: name, type, parent, region, industry, founded (days ago), secretary. */
    private static final Object[][] BRANCHES = {
        {FOOD, OrganizationType.JOINT_BRANCH, LVSHUN_GENERAL, "210212003001", Industry.FOOD_DELIVERY, 331, "刘春雷"},
        {TAXI, OrganizationType.BRANCH, DESHENG, "210212003001", Industry.RIDE_HAILING, 318, "王志刚"},
        {DAHUA, OrganizationType.JOINT_BRANCH, DESHENG, "210212003001", Industry.COMMERCIAL_STREET, 296, "李秀梅"},
        {ASSOCIATION, OrganizationType.INDUSTRY_BRANCH, LVSHUN_GENERAL, "210212", Industry.EXPRESS, 274, "孙德海"},
        {TRUCK, OrganizationType.BRANCH, DESHENG, "210212003001", Industry.FREIGHT, 247, "姜文博"},
        {DRIVERS, OrganizationType.JOINT_BRANCH, DESHENG, "210212003001", Industry.RIDE_HAILING, 213, "高洪亮"}
    };

    /** The enterprises: name, kind, industry, workers, the branch that comes to cover them, how. */
    static final Object[][] FIRMS = {
        {"顺丰速运旅顺口营业部", EnterpriseKind.EXPRESS_OUTLET, Industry.EXPRESS, 176, FOOD, Coverage.JOINT_BRANCH},
        {"美团外卖旅顺口站", EnterpriseKind.DELIVERY_STATION, Industry.FOOD_DELIVERY, 243, FOOD, Coverage.JOINT_BRANCH},
        {"滴滴出行旅顺口服务站", EnterpriseKind.RIDE_HAILING_PLATFORM, Industry.RIDE_HAILING, 291, TAXI, Coverage.OWN_BRANCH},
        {"旅顺大华商业街商户联合会", EnterpriseKind.SHOP, Industry.COMMERCIAL_STREET, 57, DAHUA, Coverage.JOINT_BRANCH},
        {"京东物流旅顺口营业部", EnterpriseKind.EXPRESS_OUTLET, Industry.EXPRESS, 63, ASSOCIATION, Coverage.JOINT_BRANCH},
        {"货拉拉旅顺口服务点", EnterpriseKind.LOGISTICS, Industry.FREIGHT, 74, TRUCK, Coverage.OWN_BRANCH},
        {"e代驾旅顺口服务站", EnterpriseKind.RIDE_HAILING_PLATFORM, Industry.RIDE_HAILING, 29, DRIVERS, Coverage.JOINT_BRANCH}
    };

    private final OrganizationDemoData feature;

    @Override
    public void plan(DemoPlan plan) {
        OrganizationDemoSteps s = feature.steps();
        OrganizationDemoLife life = feature.life();
        String staff = "lvshun";
        s.org(
                s.day(356),
                staff,
                OrganizationDemoData.org(
                        DESHENG,
                        OrganizationType.WORKING_COMMITTEE,
                        null,
                        "210212003",
                        Industry.MIXED,
                        "2018-03-12",
                        "李振东",
                        null,
                        true,
                        Standardization.MET));
        for (Object[] f : FIRMS) {
            s.firm(
                    s.day(352),
                    staff,
                    new Firm(
                            (String) f[0],
                            (EnterpriseKind) f[1],
                            "210212003001",
                            (Industry) f[2],
                            (Integer) f[3],
                            Coverage.NONE,
                            null,
                            null,
                            null));
        }
        // 选派联络员: liaison instructors before the first branches.
        s.instructor(s.day(341), staff, "顺丰速运旅顺口营业部", "唐志远");
        s.instructor(s.day(341), staff, "美团外卖旅顺口站", "唐志远");
        s.instructor(s.day(280), staff, "京东物流旅顺口营业部", "孙德海");
        for (Object[] b : BRANCHES) {
            LocalDate founded = s.day((Integer) b[5]);
            s.org(
                    founded,
                    staff,
                    new Org(
                            (String) b[0],
                            (OrganizationType) b[1],
                            (String) b[2],
                            (String) b[3],
                            (Industry) b[4],
                            founded,
                            (String) b[6],
                            null,
                            false,
                            Standardization.NOT_ASSESSED));
        }
        for (Object[] f : FIRMS) {
            String branch = (String) f[4];
            s.cover(founded(branch).plusDays(1), staff, (String) f[0], (Coverage) f[5], branch);
        }
        members(s, staff);
        OrganizationLvshunCultivation.plan(s, staff, this::founded);
        // 孙广利, a courier, nominated and elected to the district CPPCC.
        s.person(
                s.day(301),
                staff,
                new Who(
                        SUN_GUANGLI,
                        Gender.MALE,
                        LocalDate.of(1986, 3, 17),
                        Occupation.COURIER,
                        "顺丰速运旅顺口营业部",
                        "210212003001",
                        null,
                        MASSES,
                        null,
                        true));
        LocalDate elected = s.day(272);
        s.at(
                elected,
                17,
                staff,
                () -> s.services
                        .people()
                        .nominate(
                                s.people.get(SUN_GUANGLI),
                                RepresentationKind.CPPCC,
                                RepresentationLevel.DISTRICT,
                                RepresentationStatus.ELECTED,
                                elected));
        life.lifeOf(HUANGJIN_BRANCH, "huangjin", plan.firstDay().plusDays(2), false, 5);
        for (int i = 0; i < BRANCHES.length; i++) {
            String branch = (String) BRANCHES[i][0];
            life.lifeOf(branch, branch.equals(ASSOCIATION) ? staff : "huangjin", founded(branch), false, 6 + i);
        }
        OrganizationDandongDemo.plan(s, life);
    }

    private LocalDate founded(String branch) {
        for (Object[] b : BRANCHES) {
            if (b[0].equals(branch)) {
                return feature.steps().day((Integer) b[5]);
            }
        }
        throw new IllegalArgumentException(branch);
    }

    /**
     * 组织找党员: 22 members found among the workers and entered without a branch; each moves to the branch founded
     * at their enterprise (25 with 唐亮 and the two received in the year); one converted from probation in the year;
     * two found lately still wait.
     * 8 of them, with 唐亮, become 旅顺工匠.
     */
    private void members(OrganizationDemoSteps s, String staff) {
        LocalDate t = s.plan.today();
        List<String> awarded = new java.util.ArrayList<>(List.of("唐亮"));
        for (int i = 0; i < 22; i++) {
            Object[] firm = FIRMS[i % FIRMS.length];
            String branch = (String) firm[4];
            String name = s.newName();
            boolean probationary = i == 21;
            LocalDate since = probationary
                    ? s.plan.firstDay().minusDays(25)
                    : t.minusYears(2 + i % 9).minusDays(37L * i);
            s.person(
                    s.day(349 - i % 9),
                    staff,
                    new Who(
                            name,
                            i % 5 == 4 ? Gender.FEMALE : Gender.MALE,
                            LocalDate.of(1979 + i % 17, 1 + i % 12, 3 + i % 25),
                            occupation((Industry) firm[2]),
                            (String) firm[0],
                            "210212003001",
                            null,
                            probationary ? PROBATIONARY : FULL_MEMBER,
                            since,
                            i % 2 == 0));
            s.join(founded(branch).plusDays(2 + i % 5), staff, name, branch);
            if (probationary) {
                s.advance(since.plusMonths(12).plusDays(9), "huangjin", name, FULL_MEMBER, branch + "（报得胜街道党工委审批）");
            } else if (i % 3 == 1 && awarded.size() < 8) {
                awarded.add(name);
            }
        }
        for (String name : awarded) {
            s.title(s.day(88), staff, name, "旅顺工匠");
        }
        s.person(
                s.day(41),
                staff,
                new Who(
                        s.newName(),
                        Gender.MALE,
                        LocalDate.of(1990, 6, 2),
                        Occupation.TRUCK,
                        "货拉拉旅顺口服务点",
                        "210212003001",
                        null,
                        FULL_MEMBER,
                        t.minusYears(6),
                        false));
        s.person(
                s.day(24),
                staff,
                new Who(
                        s.newName(),
                        Gender.FEMALE,
                        LocalDate.of(1993, 9, 21),
                        Occupation.FOOD_DELIVERY,
                        "美团外卖旅顺口站",
                        "210212003001",
                        null,
                        FULL_MEMBER,
                        t.minusYears(3),
                        false));
    }

    static Occupation occupation(Industry industry) {
        return switch (industry) {
            case FOOD_DELIVERY -> Occupation.FOOD_DELIVERY;
            case RIDE_HAILING -> Occupation.RIDE_HAILING;
            case FREIGHT -> Occupation.TRUCK;
            case COMMERCIAL_STREET, MIXED -> Occupation.OTHER;
            default -> Occupation.COURIER;
        };
    }
}
