package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinjiuye.portal.common.FieldRuleException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The pure rules: the state machine, the working-day calendar, and the traffic light (photo cleaning: common/images/PhotoCleanerTest). */
public class GovernanceRulesTest {

    /** National Day 2026: 1-7 October off, Saturday 10 October worked (as seeded by V30). */
    static final WorkingDays.Calendar OCTOBER = new WorkingDays.Calendar(Map.of(
            LocalDate.of(2026, 10, 1),
            false,
            LocalDate.of(2026, 10, 2),
            false,
            LocalDate.of(2026, 10, 5),
            false,
            LocalDate.of(2026, 10, 6),
            false,
            LocalDate.of(2026, 10, 7),
            false,
            LocalDate.of(2026, 10, 10),
            true));

    @Test
    void workingDaysSkipWeekendsAndHolidaysAndCountMakeUpDays() {
        // Wednesday 30 September + 1 working day: 1-7 October are off, so Thursday 8 October.
        assertThat(OCTOBER.add(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        // + 3: 8 (Thu), 9 (Fri), 10 (Saturday, a make-up working day).
        assertThat(OCTOBER.add(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        // An ordinary week: Friday + 1 is Monday.
        assertThat(OCTOBER.add(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(OCTOBER.count(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 11)))
                .isEqualTo(3);
    }

    GovCase running(LocalDate started, LocalDate due) {
        GovCase c =
                new GovCase("GZT", CaseSource.SNAPSHOT, CaseCategory.OTHER, "x", null, null, null, null, false, "t");
        c.moveTo(CaseStatus.ASSIGNED);
        c.schedule(started, due);
        ReflectionTestUtils.setField(c, "id", 1L);
        return c;
    }

    @Test
    void theTrafficLightTurnsYellowAt80PercentAndRedWhenOverdue() {
        WorkingDays.Calendar plain = new WorkingDays.Calendar(Map.of());
        GovCase c = running(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16));
        // Monday 2 November, due Monday 16 November (10 working days). By Wednesday 11 November 7 are used
        // (70 %): green; by Friday 13 November 9 (90 %): yellow; after the due date: red.
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 3))).isEqualTo(TrafficLight.GREEN);
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 11))).isEqualTo(TrafficLight.GREEN);
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 13))).isEqualTo(TrafficLight.YELLOW);
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 16))).isEqualTo(TrafficLight.YELLOW);
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 17))).isEqualTo(TrafficLight.RED);
        c.moveTo(CaseStatus.RESOLVED);
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 17))).isEqualTo(TrafficLight.NONE);
    }

    @Test
    void theStateMachineRefusesInvalidTransitions() {
        assertThat(CaseWorkflow.check(CaseStatus.SUBMITTED, CaseAction.ACCEPT)).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(CaseWorkflow.check(CaseStatus.ACCEPTED, CaseAction.ASSIGN)).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(CaseWorkflow.check(CaseStatus.IN_PROGRESS, CaseAction.RETURN))
                .isEqualTo(CaseStatus.ACCEPTED);
        assertThat(CaseWorkflow.check(CaseStatus.RESOLVED, CaseAction.VERIFY)).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseWorkflow.check(CaseStatus.CLOSED, CaseAction.REOPEN)).isEqualTo(CaseStatus.ACCEPTED);
        for (CaseStatus s :
                new CaseStatus[] {CaseStatus.SUBMITTED, CaseStatus.ACCEPTED, CaseStatus.REJECTED, CaseStatus.CLOSED}) {
            assertThatThrownBy(() -> CaseWorkflow.check(s, CaseAction.RESOLVE)).isInstanceOf(FieldRuleException.class);
        }
        assertThatThrownBy(() -> CaseWorkflow.check(CaseStatus.REJECTED, CaseAction.ACCEPT))
                .isInstanceOf(FieldRuleException.class);
        assertThatThrownBy(() -> CaseWorkflow.check(CaseStatus.SUBMITTED, CaseAction.VERIFY))
                .isInstanceOf(FieldRuleException.class);
    }
}
