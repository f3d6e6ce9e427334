package cn.xinjiuye.portal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.dashboard.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

public class PeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void monthsQuartersAndYearsAreHalfOpenRanges() {
        Period month = Period.parse("2026-02", TODAY).orElseThrow();
        assertThat(month.from()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(month.to()).isEqualTo(LocalDate.of(2026, 3, 1));
        Period quarter = Period.parse("2026-q3", TODAY).orElseThrow();
        assertThat(quarter.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(quarter.to()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(quarter.code()).isEqualTo("2026-Q3");
        Period year = Period.parse(" 2025 ", TODAY).orElseThrow();
        assertThat(year.kind()).isEqualTo(Period.Kind.YEAR);
        assertThat(year.to()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void nonsenseAndOutOfRangePeriodsAreRefused() {
        assertThat(Period.parse("2014", TODAY)).isEmpty();
        // After TODAY (2026-11-29): next month, next year.
        assertThat(Period.parse("2026-12", TODAY)).isEmpty();
        assertThat(Period.parse(String.valueOf(TODAY.getYear() + 1), TODAY)).isEmpty();
        assertThat(Period.parse("2026-13", TODAY)).isEmpty();
        assertThat(Period.parse("2026-Q5", TODAY)).isEmpty();
        assertThat(Period.parse("last year", TODAY)).isEmpty();
        assertThat(Period.parse(null, TODAY)).isEmpty();
        assertThat(Period.parse("2026-11", TODAY)).isPresent();
    }

    @Test
    void monthlyChartsRunFromJanuaryToThePeriodsEnd() {
        Period q2 = Period.parse("2025-Q2", TODAY).orElseThrow();
        assertThat(q2.chartMonths()).containsExactly("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06");
        assertThat(q2.monthly(java.util.Map.of("2025-03", 5, "2024-12", 9))).containsExactly(0, 0, 5, 0, 0, 0);
        assertThat(q2.chartStart()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(q2.chartEnd()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void theLastTwelveMonthsRunFromTheSameDayAYearAgoUpToTodayIncluded() {
        Period last = Period.lastTwelveMonths(TODAY);
        assertThat(last.rolling()).isTrue();
        assertThat(last.from()).isEqualTo(LocalDate.of(2025, 11, 29));
        assertThat(last.to()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(last.code()).isEqualTo("12M");
        assertThat(last.chartMonths()).hasSize(13).startsWith("2025-11").endsWith("2026-11");
        assertThat(Period.parse("12m", TODAY)).contains(last);
        assertThat(Period.parse(" 近12个月 ", TODAY)).contains(last);
        // A leap day: the same day a year before does not exist, the period starts on the 28th.
        assertThat(Period.lastTwelveMonths(LocalDate.of(2028, 2, 29)).from()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Period.parse("2026", TODAY).orElseThrow().rolling()).isFalse();
    }
}
