package cn.xinjiuye.portal.governance.internal;

import static cn.xinjiuye.portal.governance.internal.DemoCaseLives.weekday;

import cn.xinjiuye.portal.demo.DemoPlan;
import cn.xinjiuye.portal.governance.internal.DemoCaseLives.Life;
import cn.xinjiuye.portal.governance.internal.DemoDepartments.Desk;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * How a demo case goes, after it is filed: the usual way (accepted and assigned to the department its category is
 * routed to, started the next working day, resolved within days, verified and often rated), or one of the ways the
 * article's year also knows: rejected, given back by a department it was not for, extended, reopened by a
 * dissatisfied rating, still waiting, running or overdue.
 */
@Component
@RequiredArgsConstructor
class DemoCaseStories {

    enum Fate {
        CLOSED,
        RETURNED,
        EXTENDED,
        REOPENED,
        REJECTED,
        WAITING,
        ASSIGNED,
        RUNNING
    }

    private static final String[] NOTES = {
        "已现场处置完毕，并拍照留存", "已协调物业整改到位", "已安排人员清理，恢复正常", "已维修完毕，经回访群众认可", "已约谈责任单位，问题已解决"
    };

    private final DemoDepartments departments;

    /** A case of the last days, still in hand: filed that many days ago, of its category, got as far as its fate. */
    record Recent(int daysAgo, CaseCategory category, Fate fate) {

        /** From "days CATEGORY FATE, …". */
        static List<Recent> parse(String list) {
            return java.util.Arrays.stream(list.split(",\\s*"))
                    .map(r -> r.split(" "))
                    .map(r -> new Recent(Integer.parseInt(r[0]), CaseCategory.valueOf(r[1]), Fate.valueOf(r[2])))
                    .toList();
        }
    }

    /** Makes the case numbered {@code n}, filed at {@code filed}. */
    interface Maker {
        void make(DemoPlan plan, int n, LocalDateTime filed, CaseCategory category, Fate fate);
    }

    /** The cases of the last days, numbered from {@code firstNumber}, filed an hour apart from {@code at} on. */
    static void recent(DemoPlan plan, int firstNumber, LocalTime at, Maker maker, List<Recent> recent) {
        for (int i = 0; i < recent.size(); i++) {
            Recent r = recent.get(i);
            maker.make(
                    plan, firstNumber + i, plan.daysAgo(r.daysAgo()).atTime(at.plusHours(i)), r.category(), r.fate());
        }
    }

    /**
     * Plans the case's steps after its filing at {@code filed}, by the dispatcher of its community and the department
     * its category is routed to in the district; {@code seed} varies the hours and days.
     */
    Life tell(
            Life life,
            Fate fate,
            int seed,
            String dispatcher,
            String district,
            CaseCategory category,
            LocalDateTime filed) {
        Desk desk = DemoDepartments.desk(district, category);
        LocalDateTime accepted = office(filed.plusHours(1 + seed % 4), seed);
        if (fate == Fate.WAITING) {
            return life;
        }
        if (fate == Fate.REJECTED) {
            return life.reject(accepted, dispatcher, "经核实为重复上报，已并入前一工单办理");
        }
        life.accept(accepted, dispatcher, false);
        LocalDateTime assigned = accepted.plusMinutes(12 + seed % 20);
        if (fate == Fate.RETURNED) {
            Desk wrong = DemoDepartments.other(district, category);
            life.assign(assigned, dispatcher, departments.id(wrong))
                    .giveBack(office(assigned.plusDays(1), seed), wrong.username(), "不属于本部门职责，请改派" + desk.name());
            assigned = office(assigned.plusDays(1).plusHours(2), seed);
        }
        life.assign(assigned, dispatcher, departments.id(desk));
        if (fate == Fate.ASSIGNED) {
            return life;
        }
        LocalDateTime started = office(assigned.plusDays(1).with(LocalTime.of(9, 20 + seed % 35)), seed);
        life.start(started, desk.username());
        if (fate == Fate.RUNNING) {
            return life;
        }
        int days = 1 + seed % 4;
        if (fate == Fate.EXTENDED) {
            life.extend(office(started.plusDays(1), seed), desk.username(), 3 + seed % 5, "需协调产权单位和施工队伍", dispatcher);
            days += 4;
        }
        LocalDateTime resolved = resolveAndVerify(life, started.plusDays(days), seed, desk, dispatcher);
        if (fate == Fate.REOPENED) {
            life.rate(resolved.plusDays(1).with(LocalTime.of(20, 15)), Rating.DISSATISFIED);
            LocalDateTime again = office(resolved.plusDays(2), seed);
            life.assign(again, dispatcher, departments.id(desk)).start(again.plusHours(2), desk.username());
            resolved = resolveAndVerify(life, again.plusDays(2), seed + 1, desk, dispatcher);
            return life.rate(resolved.plusDays(1).with(LocalTime.of(19, 40)), Rating.SATISFIED);
        }
        // About a third of the reporters come back to rate (each rating also counts against the tracking limit).
        if (seed % 3 == 0) {
            Rating rating = seed % 7 == 0 ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED;
            life.rate(resolved.plusDays(1).with(LocalTime.of(18 + seed % 4, 5 + seed % 50)), rating);
        }
        return life;
    }

    /** The department resolves; the dispatcher verifies the next working day. Returns when it was verified. */
    private static LocalDateTime resolveAndVerify(
            Life life, LocalDateTime day, int seed, Desk desk, String dispatcher) {
        LocalDateTime resolved = office(day.with(LocalTime.of(14 + seed % 3, 10 + seed % 45)), seed);
        LocalDateTime verified = office(resolved.plusDays(1).with(LocalTime.of(10, seed % 50)), seed);
        life.resolve(resolved, desk.username(), NOTES[seed % NOTES.length]).verify(verified, dispatcher);
        return verified;
    }

    /** Within office hours of a weekday: after 17:30, the next morning. */
    static LocalDateTime office(LocalDateTime at, int seed) {
        LocalDateTime t = at.toLocalTime().isAfter(LocalTime.of(17, 30))
                ? at.plusDays(1).with(LocalTime.of(8, 40 + seed % 15))
                : at.toLocalTime().isBefore(LocalTime.of(8, 30)) ? at.with(LocalTime.of(8, 45 + seed % 10)) : at;
        return weekday(t);
    }
}
