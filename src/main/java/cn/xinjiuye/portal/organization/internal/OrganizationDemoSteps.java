package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.demo.DemoPlan;
import cn.xinjiuye.portal.organization.internal.EnterpriseService.EnterpriseData;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Firm;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Org;
import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Who;
import cn.xinjiuye.portal.organization.internal.PersonService.PersonData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Plans the organization demo's steps: each a call of the module's services, as a user, on a day of the demo's year.
 * Records made by one step are found by later ones by name (the holders below, filled when a step runs). Dates
 * before the demo's year (a branch founded years ago, a member since 2015) are records entered on its first days, as
 * the services allow; nothing is dated after the step that records it.
 */
final class OrganizationDemoSteps {

    /** Days after the demo's first one (its accounts) on which the organizations' older records are entered. */
    static final int ENTERED_FROM = 4;

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎";
    private static final String GIVEN = "海峰磊强军勇杰涛明超鹏辉斌宇浩凯丽静敏燕春雨立新志刚文博洪亮秀梅德福晓东红霞建平玉兰";

    /** The module's services that the demo drives. */
    record Services(
            OrganizationService organizations,
            EnterpriseService enterprises,
            PersonService people,
            PipelineService pipeline,
            MobileMemberService mobile,
            MeetingService meetings) {}

    private record Membership(String person, LocalDate from, boolean partyMember) {}

    final DemoPlan plan;
    final Services services;
    final Map<String, Long> orgs = new HashMap<>();
    final Map<String, Long> firms = new HashMap<>();
    final Map<String, Long> people = new HashMap<>();
    /** Who belongs to which branch from which day, known when planning: the attendance of meetings. */
    private final Map<String, List<Membership>> members = new HashMap<>();
    /** The names of the people planned, so that made-up names never clash. */
    private final Set<String> planned = new HashSet<>();

    private final String phonePrefix;
    private int serial;
    private int names;

    OrganizationDemoSteps(DemoPlan plan, Services services, String phonePrefix, int firstSerial) {
        this.plan = plan;
        this.services = services;
        this.phonePrefix = phonePrefix;
        this.serial = firstSerial;
    }

    /** A made-up name not yet used by the demo (the holders find people by name). */
    String newName() {
        while (true) {
            int n = names++;
            String name = SURNAMES.charAt((n * 17) % SURNAMES.length())
                    + String.valueOf(GIVEN.charAt((n * 7 + n / 40) % GIVEN.length()))
                    + (n % 3 == 0 ? "" : String.valueOf(GIVEN.charAt((n * 11 + 5) % GIVEN.length())));
            if (!planned.contains(name)) {
                return name;
            }
        }
    }

    LocalDate day(int daysAgo) {
        return plan.daysAgo(daysAgo);
    }

    LocalDate yesterday() {
        return plan.daysAgo(1);
    }

    /** The day on which a record dated {@code on} is entered: that day, or {@link #ENTERED_FROM} for older ones. */
    LocalDate entered(LocalDate on) {
        LocalDate first = plan.firstDay().plusDays(ENTERED_FROM);
        return on.isBefore(first) ? first : on;
    }

    /**
     * At the hour of its kind: organizations, enterprises, their changes, people, their changes, steps, agreements,
     * letters, meetings; steps at the same instant run in the order planned.
     */
    void at(LocalDate on, int hour, String actor, Runnable action) {
        plan.at(LocalDateTime.of(entered(on), LocalTime.of(hour, 0)), actor, action);
    }

    void org(LocalDate on, String actor, Org o) {
        at(
                on,
                9,
                actor,
                () -> orgs.put(
                        o.name(),
                        services.organizations().create(o.data(o.parent() == null ? null : orgs.get(o.parent())))));
    }

    void firm(LocalDate on, String actor, Firm f) {
        at(
                on,
                10,
                actor,
                () -> firms.put(
                        f.name(),
                        services.enterprises()
                                .create(f.data(f.organization() == null ? null : orgs.get(f.organization())))));
    }

    /** A branch now covers the enterprise (its workers found a Party organization). */
    void cover(LocalDate on, String actor, String firm, Coverage coverage, String organization) {
        editFirm(on, actor, firm, d -> OrganizationDemoRecords.covered(d, coverage, orgs.get(organization)));
    }

    /** The organization department sends a Party-building instructor (党建工作指导员) to the enterprise that day. */
    void instructor(LocalDate on, String actor, String firm, String name) {
        editFirm(on, actor, firm, d -> OrganizationDemoRecords.instructed(d, name, on));
    }

    /** Seed members (种子党员) sent that day to an enterprise without members. */
    void seeds(LocalDate on, String actor, String firm, String names) {
        editFirm(on, actor, firm, d -> OrganizationDemoRecords.seeded(d, names, on));
    }

    private void editFirm(LocalDate on, String actor, String firm, UnaryOperator<EnterpriseData> change) {
        at(on, 11, actor, () -> {
            long id = firms.get(firm);
            var editing = services.enterprises().editing(id);
            services.enterprises().update(id, editing.version(), change.apply(editing.data()));
        });
    }

    /** A person entered that day at their status (earlier steps of the pipeline not on file). */
    void person(LocalDate on, String actor, Who w) {
        if (!planned.add(w.name())) {
            throw new IllegalStateException("two demo people named " + w.name());
        }
        int n = serial++;
        // The 17th digit is odd for men and even for women (GB 11643).
        int seq = 100 + 2 * (n % 440) + (w.gender() == Gender.MALE ? 1 : 0);
        String idNumber = IdNumbers.withCheck(
                w.region().substring(0, 6) + w.birth().toString().replace("-", "") + String.format("%03d", seq));
        String phone = phonePrefix + String.format("%06d", 310_000 + n * 37);
        if (w.branch() != null) {
            members.computeIfAbsent(w.branch(), b -> new ArrayList<>())
                    .add(new Membership(w.name(), on, w.status().isPartyMember()));
        }
        at(
                on,
                14,
                actor,
                () -> people.put(
                        w.name(),
                        services.people()
                                .create(w.data(
                                        idNumber,
                                        phone,
                                        w.firm() == null ? null : firms.get(w.firm()),
                                        w.branch() == null ? null : orgs.get(w.branch())))));
    }

    /** The Party member takes part in the branch's life from that day (e.g. under an agreement it hosts). */
    void attends(String branch, String person, LocalDate from) {
        members.computeIfAbsent(branch, b -> new ArrayList<>()).add(new Membership(person, from, true));
    }

    /** 组织关系转入: the member's record is moved to the branch that day; they have found a home. */
    void join(LocalDate on, String actor, String person, String branch) {
        attends(branch, person, on);
        editPerson(on, actor, person, d -> OrganizationDemoRecords.withBranch(d, orgs.get(branch)));
    }

    /** A title won that day (旅顺工匠, 红的哥), for a member cultivated both ways (双向培养). */
    void title(LocalDate on, String actor, String person, String title) {
        editPerson(on, actor, person, d -> OrganizationDemoRecords.titled(d, title));
    }

    private void editPerson(LocalDate on, String actor, String person, UnaryOperator<PersonData> change) {
        at(on, 15, actor, () -> {
            long id = people.get(person);
            var editing = services.people().editing(id);
            services.people().update(id, editing.version(), change.apply(editing.data()));
        });
    }

    /** The next step of the pipeline, dated {@code date}, approved by that body; recorded that day. */
    void advance(LocalDate date, String actor, String person, PoliticalStatus to, String body) {
        if (to == PoliticalStatus.PROBATIONARY) {
            // From now on a Party member of their branch: at its meetings.
            members.values().stream()
                    .filter(list -> list.stream().anyMatch(m -> m.person().equals(person)))
                    .forEach(list -> list.add(new Membership(person, date, true)));
        }
        at(date, 16, actor, () -> services.pipeline().advance(people.get(person), to, date, body, null));
    }

    /** Steps of a member's past (status, date, approving body), entered on one day. */
    void history(LocalDate enteredOn, String actor, String person, List<Object[]> steps) {
        at(enteredOn, 16, actor, () -> {
            for (Object[] s : steps) {
                services.pipeline()
                        .advance(people.get(person), (PoliticalStatus) s[0], (LocalDate) s[1], (String) s[2], null);
            }
        });
    }

    /** The Party members of the branch on that day (joined, or received, before it). */
    List<String> membersOn(String branch, LocalDate on) {
        return members.getOrDefault(branch, List.of()).stream()
                .filter(m -> m.partyMember() && m.from().isBefore(on))
                .map(Membership::person)
                .distinct()
                .toList();
    }

    void meeting(
            LocalDate on,
            String actor,
            String branch,
            MeetingKind kind,
            boolean online,
            String topic,
            List<String> present) {
        at(
                on,
                19,
                actor,
                () -> services.meetings()
                        .record(
                                orgs.get(branch),
                                kind,
                                online,
                                on,
                                topic,
                                present.stream().map(people::get).toList()));
    }
}
