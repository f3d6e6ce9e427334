package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The whole months the monthly case summary answers for a period, and the days counted from the cases. */
class CaseFiguresMonthSpanTest {

    @Test
    void aRollingYearIsWholeMonthsWithADayCountedHeadAndTail() {
        CaseFigures.MonthSpan span = CaseFigures.MonthSpan.of(LocalDate.of(2025, 11, 29), LocalDate.of(2026, 11, 30));
        assertThat(span.monthsFrom()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(span.monthsTo()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(span.headFrom()).isEqualTo(LocalDate.of(2025, 11, 29));
        assertThat(span.headTo()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(span.tailFrom()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(span.tailTo()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(span.edges())
                .containsExactly(
                        new LocalDate[] {LocalDate.of(2025, 11, 29), LocalDate.of(2025, 12, 1)},
                        new LocalDate[] {LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)});
    }

    @Test
    void aCalendarYearIsAllSummaryAndAFewDaysAreAllCases() {
        CaseFigures.MonthSpan year = CaseFigures.MonthSpan.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(year.headFrom()).isEqualTo(year.headTo());
        assertThat(year.tailFrom()).isEqualTo(year.tailTo());
        assertThat(year.monthsFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.monthsTo()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(year.edges()).isEmpty();

        CaseFigures.MonthSpan days = CaseFigures.MonthSpan.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 20));
        assertThat(days.monthsFrom()).isAfter(days.monthsTo());
        assertThat(days.headFrom()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(days.headTo()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(days.tailFrom()).isEqualTo(days.tailTo());
        assertThat(days.edges()).containsExactly(new LocalDate[] {LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 20)});
    }
}
