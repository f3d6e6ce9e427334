package cn.xinjiuye.portal.benchmark;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.dashboard.FigureSource;
import cn.xinjiuye.portal.dashboard.Period;
import cn.xinjiuye.portal.dashboard.RegionGrouping;
import cn.xinjiuye.portal.dashboard.internal.DashboardService;
import cn.xinjiuye.portal.region.Region;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 6's speed target: a city of 10 districts (100 streets, 1,000 communities) with 1,000,000 cases, 500,000
 * people and 200,000 station services; a district's dashboard at p50 within 300 ms and the city's within 1 s.
 * Generates the data deterministically with SQL (generate_series, no random()), then times DashboardService —
 * every aggregate the page runs — as an administrator. Run: {@code ./mvnw -Pbenchmark verify -Dtest=DashboardBenchmark}.
 */
@SpringBootTest
class DashboardBenchmark {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DashboardService dashboard;

    @Autowired
    java.util.List<FigureSource> sources;

    @Test
    void dashboardOfADistrictAndOfTheCity() throws Exception {
        BenchmarkTable table = new BenchmarkTable("Dashboard benchmark (2 cores, embedded PostgreSQL 17)");
        long start = System.nanoTime();
        BenchmarkData.generateCity(jdbc);
        table.addLine("data generated and analyzed (s)", String.format("%.0f", (System.nanoTime() - start) / 1e9));
        BenchmarkData.counts(jdbc).forEach((k, v) -> table.addLine("rows: " + k, String.valueOf(v)));

        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new CurrentUser(0, "benchmark", "benchmark", "", Role.ADMIN, null, null, null, true, false),
                        null,
                        java.util.List.of(
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"))));
        // Today in Beijing, as the dashboard takes it.
        LocalDate today = Period.today();
        Period year = Period.currentYear(today);
        Period month = Period.parse(YearMonth.from(today).toString(), today).orElseThrow();
        Region city =
                dashboard.regionFor(jdbc.queryForObject("select id from region where code = '990100'", Long.class));
        Region district =
                dashboard.regionFor(jdbc.queryForObject("select id from region where code = '990105'", Long.class));

        table.add(
                "district dashboard, year (all figures of every source)",
                BenchmarkTable.time(3, 20, () -> dashboard.view(district, year)),
                "p50 <= 300 ms");
        table.add(
                "district dashboard, month",
                BenchmarkTable.time(3, 20, () -> dashboard.view(district, month)),
                "p50 <= 300 ms");
        table.add("district charts, year", BenchmarkTable.time(3, 20, () -> dashboard.charts(district, year)), "");
        table.add(
                "city dashboard, year", BenchmarkTable.time(2, 10, () -> dashboard.view(city, year)), "p50 <= 1000 ms");
        table.add("city charts, year", BenchmarkTable.time(2, 10, () -> dashboard.charts(city, year)), "");
        // Where the city's time goes: each feature's figures alone.
        for (FigureSource source : sources) {
            RegionGrouping grouping = new RegionGrouping(city.getPath(), city.depth());
            table.add(
                    "city, " + source.getClass().getSimpleName() + " only",
                    BenchmarkTable.time(1, 5, () -> source.compute(grouping, year)),
                    "");
        }
        table.print();
    }
}
