package cn.xinjiuye.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.Order;

class DemoPlanTest {

    // A leap year's last day of February, so that "twelve months before" is not simply "365 days before".
    static final LocalDate TODAY = LocalDate.of(2028, 2, 29);

    @Test
    void theYearRunsFromTwelveMonthsBackToYesterday() {
        DemoPlan plan = new DemoPlan(TODAY);
        assertThat(plan.firstDay()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(plan.daysAgo(1)).isEqualTo(LocalDate.of(2028, 2, 28));
    }

    @Test
    void noStepOnTodayOrLaterNorBeforeTheYear() {
        DemoPlan plan = new DemoPlan(TODAY);
        plan.planning(loader(20), "CareDemoData");
        assertThatThrownBy(() -> plan.at(TODAY.atTime(0, 1), "fukang", () -> {}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CareDemoData")
                .hasMessageContaining("2028-02-29");
        assertThatThrownBy(() -> plan.at(LocalDate.of(2027, 2, 27).atTime(12, 0), "fukang", () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        plan.at(LocalDate.of(2027, 2, 28).atStartOfDay(), null, () -> {});
        plan.at(LocalDate.of(2028, 2, 28).atTime(LocalTime.MAX), null, () -> {});
        assertThat(plan.chronological()).hasSize(2);
    }

    @Test
    void stepsOfAllLoadersRunByDateThenLoaderOrderThenAsPlanned() {
        DemoPlan plan = new DemoPlan(TODAY);
        List<String> ran = new ArrayList<>();
        plan.planning(loader(40), "Late");
        plan.at(plan.daysAgo(3).atTime(9, 0), null, () -> ran.add("late loader, day -3"));
        plan.at(plan.daysAgo(5).atTime(9, 0), null, () -> ran.add("late loader, day -5"));
        plan.planning(loader(10), "Early");
        plan.at(plan.daysAgo(3).atTime(9, 0), null, () -> ran.add("early loader, day -3, first"));
        plan.at(plan.daysAgo(3).atTime(9, 0), null, () -> ran.add("early loader, day -3, second"));
        plan.chronological().forEach(step -> step.action().run());
        assertThat(ran)
                .containsExactly(
                        "late loader, day -5",
                        "early loader, day -3, first",
                        "early loader, day -3, second",
                        "late loader, day -3");
    }

    @Order(41)
    static class Volunteers implements DemoLoader {
        @Override
        public void plan(DemoPlan plan) {}
    }

    static class Unordered implements DemoLoader {
        @Override
        public void plan(DemoPlan plan) {}
    }

    @Test
    void aLoadersOrderIsItsOrderAnnotationAndALoaderWithoutOneIsRefused() {
        assertThat(new Volunteers().order()).isEqualTo(41);
        DemoPlan plan = new DemoPlan(TODAY);
        assertThatThrownBy(() -> plan.planning(new Unordered(), "Unordered"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unordered")
                .hasMessageContaining("@Order");
    }

    static DemoLoader loader(int order) {
        return new DemoLoader() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public void plan(DemoPlan plan) {}
        };
    }
}
