package cn.xinjiuye.portal.organization.internal;

import static cn.xinjiuye.portal.organization.internal.OrganizationDemoData.JOINT_BRANCH;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.ACTIVIST;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.APPLICANT;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.DEVELOPMENT_TARGET;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.PROBATIONARY;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.organization.internal.MobileMemberService.Period;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Who;
import java.time.LocalDate;
import java.util.List;

/**
 * The feature demo's people: entered by the secretary of 送餐快递小哥联合党支部 ({@code zhibu}) and by 山南街道 with the
 * history of those who joined before the demo's year, then moving on through the pipeline on its days, with dates
 * and approving bodies the rules allow; a mobile member with a letter sent and one late; representatives.
 */
final class OrganizationDemoPeople {

    private static final String SHUNFENG = "顺丰速运铁东山南网点";
    private static final String MEITUAN = "美团外卖山南站";
    private static final String DIDI = "滴滴出行鞍山铁东服务站";
    private static final String RIDE = "网约车司机党支部";
    private static final String DAHUA = "大华商业街联合党支部";
    private static final String BRANCH_BODY = "送餐快递小哥联合党支部";
    private static final String STREET_BODY = "中共山南街道党工委";

    /** Name; gender; born; occupation; employer; region; branch; status; since (months ago); two-way; by. */
    private static final String PEOPLE = """
            王建国;MALE;1985-04-12;COURIER;顺丰速运铁东山南网点;210302011001001;送餐快递小哥联合党支部;FULL_MEMBER;72;false;zhibu
            李明;MALE;1990-08-03;COURIER;顺丰速运铁东山南网点;210302011001001;送餐快递小哥联合党支部;FULL_MEMBER;48;false;zhibu
            张伟;MALE;1992-01-20;COURIER;顺丰速运铁东山南网点;210302011001002;送餐快递小哥联合党支部;FULL_MEMBER;36;true;zhibu
            吴磊;MALE;1988-09-17;FOOD_DELIVERY;美团外卖山南站;210302011001;送餐快递小哥联合党支部;FULL_MEMBER;96;false;zhibu
            刘洋;MALE;1995-06-15;FOOD_DELIVERY;美团外卖山南站;210302011001001;送餐快递小哥联合党支部;APPLICANT;40;false;zhibu
            陈静;FEMALE;1996-11-02;FOOD_DELIVERY;美团外卖山南站;210302011001001;送餐快递小哥联合党支部;APPLICANT;30;false;zhibu
            杨帆;MALE;1998-03-09;FOOD_DELIVERY;美团外卖山南站;210302011001002;送餐快递小哥联合党支部;APPLICANT;18;false;zhibu
            赵磊;MALE;2000-07-21;COURIER;顺丰速运铁东山南网点;210302011001;送餐快递小哥联合党支部;MASSES;-;false;zhibu
            孙浩;MALE;1999-12-30;FOOD_DELIVERY;美团外卖山南站;210302011001;送餐快递小哥联合党支部;MASSES;-;false;zhibu
            周强;MALE;1993-05-05;COURIER;顺丰速运铁东山南网点;210302011001;送餐快递小哥联合党支部;MASSES;-;true;zhibu
            郑国庆;MALE;1978-02-14;RIDE_HAILING;滴滴出行鞍山铁东服务站;210302011002;网约车司机党支部;FULL_MEMBER;180;false;shannan
            冯涛;MALE;1982-10-08;RIDE_HAILING;滴滴出行鞍山铁东服务站;210302011002;网约车司机党支部;FULL_MEMBER;120;false;shannan
            何军;MALE;1980-06-30;RIDE_HAILING;滴滴出行鞍山铁东服务站;210302011002;网约车司机党支部;FULL_MEMBER;144;false;shannan
            马超;MALE;1987-01-25;RIDE_HAILING;滴滴出行鞍山铁东服务站;210302011002;网约车司机党支部;FULL_MEMBER;84;false;shannan
            高峰;MALE;1984-12-12;RIDE_HAILING;滴滴出行鞍山铁东服务站;210302011002;网约车司机党支部;FULL_MEMBER;108;false;shannan
            罗斌;MALE;1983-03-03;RIDE_HAILING;滴滴出行鞍山铁东服务站;210302011002;网约车司机党支部;FULL_MEMBER;132;false;shannan
            梁晨;FEMALE;1994-09-09;RIDE_HAILING;滴滴出行鞍山铁东服务站;210302011002;网约车司机党支部;APPLICANT;40;false;shannan
            宋佳;FEMALE;1986-05-20;OTHER;大华商业街商户联盟;210302011001;大华商业街联合党支部;FULL_MEMBER;60;false;shannan
            韩雪;FEMALE;1997-08-18;OTHER;大华商业街商户联盟;210302011001;大华商业街联合党支部;APPLICANT;14;false;shannan
            唐亮;MALE;1989-11-11;FOOD_DELIVERY;饿了么旅顺站;210212003001001;黄金社区骑手党支部;FULL_MEMBER;48;true;lvshun
            许飞;MALE;2001-04-04;COURIER;韵达快递旅顺黄金网点;210212003001;黄金社区骑手党支部;MASSES;-;false;lvshun
            曹阳;MALE;1981-07-07;TRUCK;振安货运物流有限公司;210604001001;振安区新就业群体联合党支部;FULL_MEMBER;108;false;zhenan
            邓凯;MALE;1991-02-02;TRUCK;振安货运物流有限公司;210604001001;振安区新就业群体联合党支部;MASSES;-;false;zhenan
            """;

    private OrganizationDemoPeople() {}

    static void plan(OrganizationDemoSteps s, OrganizationDemoLife life, LocalDate on) {
        LocalDate t = s.plan.today();
        String z = "zhibu";
        for (String[] p : OrganizationDemoData.rows(PEOPLE)) {
            s.person(
                    on,
                    p[10],
                    new Who(
                            p[0],
                            Gender.valueOf(p[1]),
                            LocalDate.parse(p[2]),
                            Occupation.valueOf(p[3]),
                            p[4],
                            p[5],
                            p[6],
                            PoliticalStatus.valueOf(p[7]),
                            p[8] == null ? null : t.minusMonths(Integer.parseInt(p[8])),
                            Boolean.parseBoolean(p[9])));
        }
        // 刘洋: activist three years ago, development target since, received as probationary member this autumn.
        s.history(on, z, "刘洋", List.of(new Object[] {ACTIVIST, t.minusMonths(36), BRANCH_BODY}, new Object[] {
            DEVELOPMENT_TARGET, t.minusMonths(22), STREET_BODY
        }));
        s.meeting(
                s.day(66),
                z,
                JOINT_BRANCH,
                MeetingKind.MEMBER_CONGRESS,
                false,
                "党员大会：讨论接收刘洋同志为预备党员",
                List.of("王建国", "李明", "张伟", "吴磊"));
        s.advance(s.day(58), z, "刘洋", PROBATIONARY, STREET_BODY);
        s.history(on, z, "陈静", List.<Object[]>of(new Object[] {ACTIVIST, t.minusMonths(20), BRANCH_BODY}));
        s.advance(s.day(152), z, "陈静", DEVELOPMENT_TARGET, BRANCH_BODY + "（报山南街道党工委备案）");
        s.history(on, z, "杨帆", List.<Object[]>of(new Object[] {ACTIVIST, t.minusMonths(14), BRANCH_BODY}));
        s.advance(s.day(298), z, "赵磊", APPLICANT, BRANCH_BODY);
        s.advance(s.day(121), z, "赵磊", ACTIVIST, BRANCH_BODY);
        s.advance(s.day(61), z, "孙浩", APPLICANT, BRANCH_BODY);

        String sn = "shannan";
        s.title(s.day(197), sn, "郑国庆", "红的哥");
        s.title(s.day(197), sn, "罗斌", "红的哥");
        s.history(on, sn, "梁晨", List.of(new Object[] {ACTIVIST, t.minusMonths(34), RIDE}, new Object[] {
            DEVELOPMENT_TARGET, t.minusMonths(20), STREET_BODY
        }));
        s.advance(s.day(93), sn, "梁晨", PROBATIONARY, STREET_BODY);
        s.advance(s.day(268), sn, "韩雪", ACTIVIST, DAHUA);

        s.advance(s.day(29), "huangjin", "许飞", APPLICANT, OrganizationDemoData.HUANGJIN_BRANCH);

        s.at(
                on,
                17,
                "tiedong",
                () -> s.services
                        .people()
                        .nominate(
                                s.people.get("王建国"),
                                RepresentationKind.PEOPLES_CONGRESS,
                                RepresentationLevel.DISTRICT,
                                RepresentationStatus.ELECTED,
                                t.minusYears(2)));
        LocalDate nominated = s.day(183);
        s.at(
                nominated,
                17,
                "tiedong",
                () -> s.services
                        .people()
                        .nominate(
                                s.people.get("罗斌"),
                                RepresentationKind.PARTY_CONGRESS,
                                RepresentationLevel.CITY,
                                RepresentationStatus.NOMINATED,
                                nominated));

        // 吴磊: a mobile member from 朝阳县 under a two-year agreement signed 14 months ago; the letter of the first half
        // year went out, the next one is late (the list shows it).
        LocalDate signed = t.minusMonths(14);
        life.agreementOnly(signed, z, "吴磊", JOINT_BRANCH, "中共朝阳县羊山镇党委", "辽宁省朝阳市朝阳县", "组织委员 孙红 0421-7123456");
        Period first = Period.of(signed);
        life.letter(first.end().plusDays(10), z, "吴磊", first, "该同志按时参加组织生活，积极参与志愿服务，表现良好。");
        life.service(s.day(212), z, "吴磊", "爱心驿站值守，为骑手送水", 3);
        life.service(s.day(3), z, "吴磊", "社区反诈宣传", 2);
    }
}
