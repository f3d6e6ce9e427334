package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** GeoReport's query rules on a fixed clock: the 90-day window, ISO 8601 dates, comma lists and the 1000 cap. */
class Open311ParamsTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void withoutDatesTheLast90DaysAndOneDateReaches90DaysFromIt() {
        Open311Params.Window last = Open311Params.window(null, null, false, clock);
        assertThat(last.to()).isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(last.from()).isEqualTo(Instant.parse("2026-09-02T02:00:00Z"));
        Open311Params.Window from = Open311Params.window("2026-11-01", null, false, clock);
        assertThat(from.from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(from.to()).isEqualTo(Instant.parse("2027-01-29T16:00:00Z"));
        assertThat(Open311Params.window("2026-09-01T00:00:00+08:00", "2026-11-30T00:00:00+08:00", true, clock)
                        .to())
                .isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
    }

    @Test
    void badDatesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Open311Params.window("2026-01-01", "2026-06-01", false, clock))
                .hasMessageContaining("longer than 90 days");
        assertThatThrownBy(() -> Open311Params.window("2026-02-01", "2026-01-01", false, clock))
                .hasMessageContaining("before start_date");
        assertThatThrownBy(() -> Open311Params.window("1 Dec 2026", null, false, clock))
                .hasMessageContaining("start_date is not ISO 8601");
        assertThatThrownBy(() -> Open311Params.window("2026-11-01", null, true, clock))
                .hasMessageContaining("both required");
    }

    @Test
    void pagesAreCappedAt1000AndListsSplitOnCommas() {
        assertThat(Open311Params.paging(null, null).limit()).isEqualTo(1000);
        assertThat(Open311Params.paging("3", "5000")).isEqualTo(new Open311Params.Paging(1000, 2000));
        assertThat(Open311Params.paging("2", "10")).isEqualTo(new Open311Params.Paging(10, 10));
        assertThatThrownBy(() -> Open311Params.paging("0", "10")).hasMessageContaining("start at 1");
        assertThatThrownBy(() -> Open311Params.paging("x", null)).hasMessageContaining("page is not a whole number");
        assertThat(Open311Params.list(" a, ,b,")).containsExactly("a", "b");
        assertThat(Open311Params.categories("fire_safety,TRAFFIC"))
                .containsExactly(CaseCategory.FIRE_SAFETY, CaseCategory.TRAFFIC);
        assertThatThrownBy(() -> Open311Params.categories("TRAFFIC,NOPE")).hasMessageContaining("NOPE");
        assertThat(Open311Params.time(Instant.parse("2026-12-01T02:00:00.123Z"), clock))
                .isEqualTo("2026-12-01T10:00:00+08:00");
    }
}
