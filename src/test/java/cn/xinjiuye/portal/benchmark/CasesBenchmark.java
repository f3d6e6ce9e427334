package cn.xinjiuye.portal.benchmark;

import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.CaseQueries;
import cn.xinjiuye.portal.governance.internal.CaseStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 5's speed target: 1,000,000 cases in one district (benchmark district 990105: 10 streets, 100 communities,
 * 10,000 cases each, filed over the last year: everything older than about 70 days is closed; of the newer
 * ones 20 % are running, with limits of 5 to 65 days, so about 20,000 are overdue). Times CaseQueries (the exact
 * queries of /cases and /cases/overdue, count included) for a community secretary and the district's staff, beside a
 * bare {@code select 1}; then the rendered pages /cases and /cases/overdue of the district's dispatcher (an
 * ORG_STAFF account of the district signed in through the login form) over HTTP, beside /actuator/health.
 * Data from generate_series, deterministic. Run: {@code ./mvnw -Pbenchmark verify -Dtest=CasesBenchmark}.
 */
class CasesBenchmark extends ServerBenchmark {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        BenchmarkDatabase.use(registry, "benchmark_cases");
    }

    @Autowired
    CaseQueries cases;

    /** The regions of the benchmark city and 1,000,000 cases in district 990105 (summary triggers off, rebuilt). */
    static void generate(JdbcTemplate jdbc) {
        BenchmarkData.regions(jdbc);
        if (jdbc.queryForObject("select count(*) from gov_case where case_no = 'GZB000000001'", Integer.class) > 0) {
            return;
        }
        jdbc.execute("alter table gov_case disable trigger user");
        jdbc.execute("""
                insert into gov_case (case_no, source, category, description, lat, lng, community_id, status, reporter_phone,
                                      filed_by, started_on, due_on, submitted_at, accepted_at)
                select 'GZB' || lpad(g::text, 9, '0'),
                       case when g % 2 = 0 then 'SNAPSHOT' else 'HAZARD' end,
                       (array['SANITATION','FIRE_SAFETY','TRAFFIC','PARKING','PUBLIC_FACILITIES','ELDERLY_DIFFICULTY',
                              'WAGE_ARREARS','HEATING','OTHER'])[1 + g % 9],
                       '基准工单 ' || g,
                       case when g % 100 = 0 then 40.0 + (g % 1000) / 10000.0 end,
                       case when g % 100 = 0 then 122.0 + (g % 997) / 10000.0 end,
                       c.id,
                       case when g > 200000 or g % 20 < 14 then 'CLOSED' when g % 20 = 14 then 'SUBMITTED'
                            when g % 20 = 15 then 'ACCEPTED' when g % 20 in (16, 17) then 'ASSIGNED'
                            when g % 20 = 18 then 'IN_PROGRESS' else 'RESOLVED' end,
                       '139' || lpad((g % 100000000)::text, 8, '0'), 'benchmark',
                       current_date - g / 2880, current_date - g / 2880 + 5 + (g / 20) % 60,
                       now() - make_interval(secs => g * 30), now() - make_interval(secs => g * 30 - 600)
                  from generate_series(1, 1000000) g
                  join (select id, row_number() over (order by code) - 1 as n from region
                         where level = 'COMMUNITY' and code like '990105%') c on c.n = g % 100
                """);
        jdbc.execute("alter table gov_case enable trigger user");
        jdbc.execute("select case_month_stats_rebuild()");
        jdbc.execute("vacuum analyze");
    }

    @Test
    void caseListsOfACommunitySecretaryAndOfTheDistrictDispatcher() throws Exception {
        BenchmarkTable table = new BenchmarkTable("CasesBenchmark", jdbc);
        table.generated(() -> generate(jdbc));
        table.info(
                "cases in district " + BenchmarkData.DISTRICT,
                String.format(
                        "%,d",
                        jdbc.queryForObject(
                                "select count(*) from gov_case c join region r on r.id = c.community_id "
                                        + "where r.path like (select path from region where code = ?) || '%'",
                                Long.class, BenchmarkData.DISTRICT)));
        String community = jdbc.queryForObject(
                "select min(code) from region where level = 'COMMUNITY' and code like '990105%'", String.class);

        // In the service, beside a bare JDBC round trip.
        Duration max = Duration.ofSeconds(30);
        table.serviceReference(
                Timings.time(50, 500, max, () -> jdbc.queryForObject("select 1", Integer.class)), "select 1");
        signIn(Role.COMMUNITY_SECRETARY, community);
        PageRequest first = PageRequest.of(0, 20);
        table.service(
                "service: secretary's case list, no filter, page 1",
                Timings.time(5, 50, max, () -> cases.search(CaseQueries.Filter.none(), first)),
                Target.atMost(50, "ms"));
        table.service(
                "service: secretary's case list, status ASSIGNED, page 1",
                Timings.time(
                        5,
                        50,
                        max,
                        () -> cases.search(new CaseQueries.Filter(CaseStatus.ASSIGNED, null, null, null), first)),
                Target.atMost(50, "ms"));
        table.service(
                "service: secretary's case list, status + category, page 5",
                Timings.time(
                        5,
                        50,
                        max,
                        () -> cases.search(
                                new CaseQueries.Filter(CaseStatus.CLOSED, CaseCategory.FIRE_SAFETY, null, null),
                                PageRequest.of(4, 20))),
                Target.atMost(50, "ms"));
        table.service(
                "service: secretary's overdue list, page 1",
                Timings.time(5, 50, max, () -> cases.overdue(first)),
                Target.atMost(100, "ms"));

        signIn(Role.ORG_STAFF, BenchmarkData.DISTRICT);
        table.service(
                "service: district staff's overdue list, page 1",
                Timings.time(3, 30, max, () -> cases.overdue(first)),
                Target.atMost(100, "ms"));
        table.service(
                "service: district staff's case list, no filter, page 1 (what GET /cases runs)",
                Timings.time(3, 30, max, () -> cases.search(CaseQueries.Filter.none(), first)),
                Target.NONE);
        table.service(
                "service: district staff's case list, status IN_PROGRESS, page 1",
                Timings.time(
                        3,
                        30,
                        max,
                        () -> cases.search(new CaseQueries.Filter(CaseStatus.IN_PROGRESS, null, null, null), first)),
                Target.NONE);
        table.info(
                "overdue cases in the district",
                String.format("%,d", cases.overdue(first).getTotalElements()));
        SecurityContextHolder.clearContext();

        // Whole pages over HTTP: the district's dispatcher, signed in through the login form.
        dispatcherPages(
                table,
                new HttpLoad.Path("page: dispatcher's GET /cases", i -> "/cases", Target.atMost(50, "ms")),
                new HttpLoad.Path(
                        "page: dispatcher's GET /cases/overdue", i -> "/cases/overdue", Target.atMost(50, "ms")));
        table.finish();
    }
}
