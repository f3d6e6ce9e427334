package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;
import java.util.List;

/** The demo's pipeline steps, a mobile member with letters, and the joint branch's organizational life. */
final class OrganizationDemoLife {

    private OrganizationDemoLife() {}

    static void load(OrganizationDemoRecords r) {
        // 刘洋's way through the pipeline, step by step.
        r.step("刘洋", "ADVANCE", "APPLICANT", r.today.minusMonths(40), "送餐快递小哥联合党支部", null);
        r.step("刘洋", "ADVANCE", "ACTIVIST", r.today.minusMonths(36), "送餐快递小哥联合党支部", null);
        r.step("刘洋", "ADVANCE", "DEVELOPMENT_TARGET", r.today.minusMonths(22), "中共山南街道党工委", null);
        r.step("刘洋", "ADVANCE", "PROBATIONARY", r.today.minusMonths(13), "中共山南街道党工委", null);
        r.step("杨帆", "ADVANCE", "APPLICANT", r.today.minusMonths(18), "送餐快递小哥联合党支部", null);
        r.step("杨帆", "ADVANCE", "ACTIVIST", r.today.minusMonths(14), "送餐快递小哥联合党支部", null);

        r.jdbc.update(
                "insert into representation (person_id, kind, level, status, nominated_on) values (?, 'PEOPLES_CONGRESS', 'DISTRICT', 'ELECTED', ?)",
                r.people.get("王建国"),
                r.today.minusYears(2));
        r.jdbc.update(
                "insert into representation (person_id, kind, level, status, nominated_on) values (?, 'PARTY_CONGRESS', 'CITY', 'NOMINATED', ?)",
                r.people.get("罗斌"),
                r.today.minusMonths(6));

        // 吴磊: a mobile member from 朝阳县, under a two-year agreement signed 14 months ago.
        LocalDate signed = r.today.minusMonths(14);
        Long mobile = r.jdbc.queryForObject(
                """
                insert into mobile_member (person_id, host_branch_id, home_org_name, home_org_region, home_org_contact,
                                           agreement_signed_on, term_months)
                values (?, ?, '中共朝阳县羊山镇党委', '辽宁省朝阳市朝阳县', '组织委员 孙红 0421-7123456', ?, 24) returning id
                """, Long.class, r.people.get("吴磊"), r.orgs.get(OrganizationDemoData.JOINT_BRANCH), signed);
        MobileMemberService.Period first = MobileMemberService.Period.of(signed);
        r.jdbc.update(
                "insert into feedback_letter (mobile_member_id, year, half, evaluation, sent_on) values (?, ?, ?, ?, ?)",
                mobile,
                first.year(),
                first.half(),
                "该同志按时参加组织生活，积极参与志愿服务，表现良好。",
                first.end().plusDays(10).isAfter(r.today)
                        ? r.today
                        : first.end().plusDays(10));
        r.service("吴磊", r.today.minusMonths(7), "爱心驿站值守，为骑手送水", 3);
        r.service("吴磊", r.today, "社区反诈宣传", 2);

        // Organizational life of the joint branch.
        List<String> present = List.of("王建国", "李明", "张伟", "刘洋", "吴磊");
        r.meeting(
                OrganizationDemoData.JOINT_BRANCH,
                "THEME_DAY",
                true,
                r.today.minusMonths(1).withDayOfMonth(10),
                "学习新修订的《快递暂行条例》网上主题党日",
                present);
        r.meeting(
                OrganizationDemoData.JOINT_BRANCH,
                "MEMBER_CONGRESS",
                false,
                r.today.minusMonths(2).withDayOfMonth(5),
                "讨论接收刘洋同志为预备党员",
                List.of("王建国", "李明", "张伟", "吴磊"));
        r.meeting(
                OrganizationDemoData.JOINT_BRANCH,
                "LESSON",
                false,
                r.today.minusMonths(4).withDayOfMonth(20),
                "书记讲党课：新就业群体中的党员先锋作用",
                List.of("王建国", "李明", "刘洋"));
        r.meeting(
                "网约车司机党支部",
                "THEME_DAY",
                false,
                r.today.minusMonths(1).withDayOfMonth(15),
                "党员红旗车服务高考考生",
                List.of("郑国庆", "冯涛", "罗斌"));
    }
}
