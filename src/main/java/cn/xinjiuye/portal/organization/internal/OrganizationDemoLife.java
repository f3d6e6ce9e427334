package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.organization.internal.MobileMemberService.AgreementData;
import cn.xinjiuye.portal.organization.internal.MobileMemberService.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organizational life of the demo's branches (三会一课 with attendance, month by month), and mobile members:
 * agreements signed, a feedback letter sent some days after each half year has ended, members brought back.
 */
final class OrganizationDemoLife {

    private static final String[] THEMES = {
        "学习贯彻党的二十届四中全会精神", "“亮身份、践承诺、当先锋”承诺践诺", "走进社区慰问困难党员群众", "交通安全与骑行规范学习",
        "“党员红旗车”志愿服务", "观看“红船精神”情景党课", "网格“眼睛耳朵”隐患随手拍", "反诈宣传进驿站",
        "重温入党誓词", "学习《快递暂行条例》", "夏季送清凉", "冬季暖心驿站值守"
    };
    private static final String[] LESSONS = {"书记讲党课：新就业群体中的党员先锋作用", "党史学习教育专题党课", "《中国共产党支部工作条例》学习", "诚信经营与优质服务"};
    private static final String[] EVALUATIONS = {
        "该同志按时参加流入地党支部组织生活，积极参与志愿服务，表现良好。", "该同志参加主题党日和党课，在岗位上亮身份、作表率，表现优秀。", "该同志能参加组织生活，因跑单时间长个别会议请假，已补学，表现较好。"
    };

    private final OrganizationDemoSteps s;
    private final Map<String, Long> agreements = new HashMap<>();
    private int letters;

    OrganizationDemoLife(OrganizationDemoSteps steps) {
        this.s = steps;
    }

    /**
     * A branch's 三会一课 from the day after {@code from} to yesterday: a theme day every month, a member congress and
     * a Party lesson every quarter, a committee meeting monthly where the branch has a committee. Each member attends
     * but for an absence now and then.
     */
    void lifeOf(String branch, String actor, LocalDate from, boolean committee, int seed) {
        LocalDate month = from.withDayOfMonth(1).plusMonths(1);
        for (int i = 0; !month.isAfter(s.yesterday()); i++, month = month.plusMonths(1)) {
            LocalDate themeDay = month.withDayOfMonth(Math.min(8 + (seed * 5 + i) % 17, month.lengthOfMonth()));
            meet(
                    themeDay,
                    actor,
                    branch,
                    MeetingKind.THEME_DAY,
                    (seed + i) % 4 == 0,
                    "主题党日：" + THEMES[(seed + i) % THEMES.length],
                    seed + i);
            if (committee) {
                meet(themeDay.minusDays(3), actor, branch, MeetingKind.COMMITTEE, false, "支委会：研究本月党建工作", i);
            }
            if (month.getMonthValue() % 3 == (seed % 3)) {
                meet(
                        themeDay.plusDays(2),
                        actor,
                        branch,
                        MeetingKind.LESSON,
                        (seed + i) % 3 == 0,
                        LESSONS[(seed + i) % LESSONS.length],
                        seed + i + 1);
                meet(
                        themeDay.plusDays(5),
                        actor,
                        branch,
                        MeetingKind.MEMBER_CONGRESS,
                        false,
                        "党员大会：通报季度工作，开展批评与自我批评",
                        seed + i + 2);
            }
        }
    }

    private void meet(
            LocalDate on, String actor, String branch, MeetingKind kind, boolean online, String topic, int seed) {
        if (!on.isAfter(s.plan.firstDay()) || !on.isBefore(s.plan.today())) {
            return;
        }
        List<String> present = new ArrayList<>();
        List<String> all = s.membersOn(branch, on);
        for (int i = 0; i < all.size(); i++) {
            if ((i + seed) % 6 != 0 || all.size() < 3) {
                present.add(all.get(i));
            }
        }
        if (!all.isEmpty()) {
            s.meeting(on, actor, branch, kind, online, topic, present);
        }
    }

    /**
     * A mobile member's dual-management agreement signed that day with their host branch; a letter for every half
     * year that has ended, sent {@code lateness} days after its end (when that is before today), until they return.
     */
    void agreement(
            LocalDate signed,
            String actor,
            String person,
            String host,
            String homeOrg,
            String homeRegion,
            String contact,
            int lateness,
            LocalDate returnedOn) {
        agreementOnly(signed, actor, person, host, homeOrg, homeRegion, contact);
        for (Period p = Period.of(signed); p.end().isBefore(s.yesterday()); p = p.next()) {
            LocalDate sent = p.end().plusDays(lateness);
            if (!sent.isBefore(s.plan.today()) || (returnedOn != null && returnedOn.isBefore(p.end()))) {
                break;
            }
            letter(sent, actor, person, p, EVALUATIONS[letters++ % EVALUATIONS.length]);
        }
        if (returnedOn != null) {
            s.at(returnedOn, 18, actor, () -> {
                long id = agreements.get(person);
                long version = s.services.mobile().page(id).member().version();
                s.services.mobile().markReturned(id, version, returnedOn, "组织找党员、党员找组织，已归队参加组织生活");
            });
        }
    }

    /** A letter for one half year only (the others left for the secretary: the list shows them late). */
    void letter(LocalDate sent, String actor, String person, Period period, String evaluation) {
        s.at(
                sent,
                18,
                actor,
                () -> s.services.mobile().send(agreements.get(person), period.year(), period.half(), evaluation, sent));
    }

    void agreementOnly(
            LocalDate signed,
            String actor,
            String person,
            String host,
            String homeOrg,
            String homeRegion,
            String contact) {
        s.attends(host, person, signed);
        s.at(signed, 17, actor, () -> {
            var data =
                    new AgreementData(s.people.get(person), s.orgs.get(host), homeOrg, homeRegion, contact, signed, 24);
            agreements.put(person, s.services.mobile().create(data));
        });
    }

    void service(LocalDate on, String actor, String person, String what, int hours) {
        s.at(
                on,
                20,
                actor,
                () -> s.services.people().recordService(s.people.get(person), on, what, BigDecimal.valueOf(hours)));
    }
}
