package cn.xinjiuye.portal.organization.internal;

import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.ACTIVIST;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.APPLICANT;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.DEVELOPMENT_TARGET;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.FULL_MEMBER;

import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Firm;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Org;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Who;
import java.time.LocalDate;

/**
 * 丹东's part of the article, in 振安区, by the district's staff ({@code zhenan}): instructors sent to 12 enterprises
 * (13 with 振安货运), branches in the four larger express and logistics firms, seed members in the 8 outlets without
 * members, 27 mobile members under dual-management agreements (a letter after each half year; 3 brought back, 24 still
 * under agreement), 14 activists and development targets.
 */
final class OrganizationDandongDemo {

    static final String REGION = "210604001001";
    static final String[] FIRMS = {"中国邮政振安揽投部", "顺丰速运振安营业部", "中通快递振安分拨中心", "德邦物流振安营业部"};
    private static final int[] FIRM_WORKERS = {64, 71, 93, 48};
    private static final String[] FIRM_INSTRUCTORS = {"刘海波", "王淑华", "陈志刚", "赵丽娟"};
    private static final String[] FIRM_SECRETARIES = {"于春江", "潘玉洁", "韩立伟", "孔德明"};
    static final String[] OUTLETS = {
        "极兔速递振安网点", "圆通速递振安网点", "申通快递振安网点", "韵达快递振安网点",
        "京东快递振安站点", "百世快递振安网点", "美团外卖振安站", "饿了么振安站"
    };
    private static final int[] OUTLET_WORKERS = {11, 14, 9, 13, 17, 8, 26, 19};
    private static final String[] OUTLET_INSTRUCTORS = {"孟凡军", "于洪涛", "姜晓东", "徐丽萍", "丛志强", "鞠文斌", "宫立新", "谭雪梅"};
    private static final String[] SEEDS = {"李春雨", "王楠", "张宏宇", "刘晓光", "曲艳", "孙立强", "杜海涛", "邹明月"};
    private static final String[] HOME_COUNTIES = {"宽甸县", "凤城市", "东港市", "岫岩县", "桓仁县"};

    private OrganizationDandongDemo() {}

    static String branch(String firm) {
        return firm + "党支部";
    }

    static void plan(OrganizationDemoSteps s, OrganizationDemoLife life) {
        String staff = "zhenan";
        for (int i = 0; i < FIRMS.length; i++) {
            s.firm(
                    s.day(357),
                    staff,
                    new Firm(
                            FIRMS[i],
                            i == 3 ? EnterpriseKind.LOGISTICS : EnterpriseKind.EXPRESS_OUTLET,
                            REGION,
                            Industry.EXPRESS,
                            FIRM_WORKERS[i],
                            Coverage.NONE,
                            null,
                            null,
                            null));
            s.instructor(s.day(350 - i), staff, FIRMS[i], FIRM_INSTRUCTORS[i]);
        }
        for (int i = 0; i < OUTLETS.length; i++) {
            s.firm(
                    s.day(357),
                    staff,
                    new Firm(
                            OUTLETS[i],
                            i >= 6 ? EnterpriseKind.DELIVERY_STATION : EnterpriseKind.EXPRESS_OUTLET,
                            REGION,
                            i >= 6 ? Industry.FOOD_DELIVERY : Industry.EXPRESS,
                            OUTLET_WORKERS[i],
                            Coverage.NONE,
                            null,
                            null,
                            null));
            s.instructor(s.day(333 - 9 * i), staff, OUTLETS[i], OUTLET_INSTRUCTORS[i]);
            s.seeds(s.day(301 - 17 * i), staff, OUTLETS[i], SEEDS[i]);
        }
        // A local member at each firm (组织关系转入) becomes its branch's secretary when the branch is founded.
        for (int i = 0; i < FIRMS.length; i++) {
            LocalDate founded = s.day(343 - 2 * i);
            s.person(
                    s.day(347),
                    staff,
                    new Who(
                            FIRM_SECRETARIES[i],
                            i == 1 ? Gender.FEMALE : Gender.MALE,
                            LocalDate.of(1980 + i * 3, 2 + i, 14),
                            OrganizationArticleDemoData.occupation(Industry.EXPRESS),
                            FIRMS[i],
                            REGION,
                            null,
                            FULL_MEMBER,
                            s.plan.today().minusYears(9 + i),
                            false));
            s.org(
                    founded,
                    staff,
                    new Org(
                            branch(FIRMS[i]),
                            OrganizationType.BRANCH,
                            null,
                            REGION,
                            Industry.EXPRESS,
                            founded,
                            FIRM_SECRETARIES[i],
                            null,
                            false,
                            Standardization.NOT_ASSESSED));
            s.cover(founded, staff, FIRMS[i], Coverage.OWN_BRANCH, branch(FIRMS[i]));
            s.join(founded, staff, FIRM_SECRETARIES[i], branch(FIRMS[i]));
            life.lifeOf(branch(FIRMS[i]), staff, founded, false, 12 + i);
        }
        mobileMembers(s, life, staff);
        activists(s, staff);
    }

    /** 27 mobile members signed one after another; those with index 2, 9 and 16 are brought back (归队). */
    private static void mobileMembers(OrganizationDemoSteps s, OrganizationDemoLife life, String staff) {
        // Every agreement is signed before the last half year whose letters are all in (its end 45 days back at
        // least), so that each of the 24 has had its letter, whatever the day the demo is loaded on.
        LocalDate firstSigned = s.day(330);
        LocalDate lastSigned = lastHalfYearWithLetters(s.plan.today()).minusDays(5);
        long span = java.time.temporal.ChronoUnit.DAYS.between(firstSigned, lastSigned);
        for (int i = 0; i < 27; i++) {
            String firm = FIRMS[i % FIRMS.length];
            String name = s.newName();
            LocalDate signed = firstSigned.plusDays(span * i / 26);
            s.person(
                    signed,
                    staff,
                    new Who(
                            name,
                            i % 6 == 5 ? Gender.FEMALE : Gender.MALE,
                            LocalDate.of(1982 + i % 15, 1 + (i * 7) % 12, 2 + i % 26),
                            OrganizationArticleDemoData.occupation(i % 4 == 3 ? Industry.FREIGHT : Industry.EXPRESS),
                            firm,
                            REGION,
                            null,
                            FULL_MEMBER,
                            s.plan.today().minusYears(3 + i % 7),
                            false));
            String county = HOME_COUNTIES[i % HOME_COUNTIES.length];
            boolean back = i == 2 || i == 9 || i == 16;
            LocalDate returned = back ? signed.plusDays(40 + 3 * i) : null;
            int lateness = i % 9 == 4 ? 36 + i % 5 : 6 + (i * 5) % 22;
            life.agreement(
                    signed,
                    staff,
                    name,
                    branch(firm),
                    "中共" + county + (char) ('一' + i % 5) + "村党支部",
                    "辽宁省丹东市" + county,
                    "组织委员 0415-" + (2_100_000 + 1_379 * i),
                    lateness,
                    returned);
        }
    }

    /** The end (30 June or 31 December) of the latest half year that ended at least 45 days before today. */
    static LocalDate lastHalfYearWithLetters(LocalDate today) {
        LocalDate end = LocalDate.of(today.getYear(), 12, 31);
        while (!end.plusDays(45).isBefore(today)) {
            end = end.getMonthValue() == 12
                    ? end.withMonth(6).withDayOfMonth(30)
                    : LocalDate.of(end.getYear() - 1, 12, 31);
        }
        return end;
    }

    /** 12 applicants become activists in the year; two activists since last year become development targets. */
    private static void activists(OrganizationDemoSteps s, String staff) {
        for (int i = 0; i < 14; i++) {
            String firm = FIRMS[i % FIRMS.length];
            String name = s.newName();
            boolean target = i >= 12;
            LocalDate entered = s.day(330 - 13 * i);
            s.person(
                    entered,
                    staff,
                    new Who(
                            name,
                            i % 4 == 1 ? Gender.FEMALE : Gender.MALE,
                            LocalDate.of(1993 + i % 8, 1 + (i * 5) % 12, 5 + i % 20),
                            OrganizationArticleDemoData.occupation(Industry.EXPRESS),
                            firm,
                            REGION,
                            branch(firm),
                            target ? ACTIVIST : APPLICANT,
                            target ? s.plan.today().minusMonths(16) : entered,
                            i % 2 == 0));
            if (target) {
                s.advance(s.day(60 - i), staff, name, DEVELOPMENT_TARGET, branch(firm) + "（报鸭绿江街道党工委备案）");
            } else {
                s.advance(entered.plusDays(58 + 4 * i), staff, name, ACTIVIST, branch(firm));
            }
        }
    }
}
