package cn.xinjiuye.portal.benchmark;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.CaseQueries;
import cn.xinjiuye.portal.governance.internal.CaseStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 5's speed target: 1,000,000 cases in one district (benchmark district 990105: 10 streets, 100 communities,
 * 10,000 cases each, filed over the last year: everything older than about 70 days is closed; of the newer
 * ones 20 % are running, with limits of 5 to 65 days, so about 28,000 are overdue). The filtered, paged case list of a
 * community secretary at p50 within 50 ms and the overdue list within 100 ms, timed through CaseQueries (the exact
 * queries of /cases and /cases/overdue, count included). Data from generate_series, deterministic.
 * Run: {@code ./mvnw -Pbenchmark verify -Dtest=CasesBenchmark}.
 */
@SpringBootTest
class CasesBenchmark {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseQueries cases;

    void signIn(Role role, String code) {
        Map<String, Object> r = jdbc.queryForMap("select id, path, name from region where code = ?", code);
        CurrentUser user = new CurrentUser(
                0,
                "benchmark",
                "benchmark",
                "",
                role,
                (Long) r.get("id"),
                (String) r.get("path"),
                (String) r.get("name"),
                true,
                false);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        user, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    static void generate(JdbcTemplate jdbc) {
        BenchmarkData.generateCity(jdbc);
        if (jdbc.queryForObject("select count(*) from gov_case where case_no = 'GZB000000001'", Integer.class) > 0) {
            return;
        }
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
        jdbc.execute("vacuum analyze gov_case");
    }

    @Test
    void caseListOfACommunitySecretaryAndTheOverdueList() throws Exception {
        BenchmarkTable table = new BenchmarkTable("Cases benchmark (2 cores, embedded PostgreSQL 17)");
        long start = System.nanoTime();
        generate(jdbc);
        table.addLine("data generated and analyzed (s)", String.format("%.0f", (System.nanoTime() - start) / 1e9));
        String district = "990105";
        table.addLine(
                "cases in the district",
                String.valueOf(jdbc.queryForObject(
                        "select count(*) from gov_case c join region r on r.id = c.community_id "
                                + "where r.path like (select path from region where code = ?) || '%'",
                        Long.class, district)));
        String community = jdbc.queryForObject(
                "select min(code) from region where level = 'COMMUNITY' and code like '990105%'", String.class);

        signIn(Role.COMMUNITY_SECRETARY, community);
        PageRequest first = PageRequest.of(0, 20);
        table.add(
                "secretary: case list, no filter, page 1",
                BenchmarkTable.time(5, 50, () -> cases.search(CaseQueries.Filter.none(), first)),
                "p50 <= 50 ms");
        table.add(
                "secretary: case list, status ASSIGNED, page 1",
                BenchmarkTable.time(
                        5,
                        50,
                        () -> cases.search(new CaseQueries.Filter(CaseStatus.ASSIGNED, null, null, null), first)),
                "p50 <= 50 ms");
        table.add(
                "secretary: case list, status + category, page 5",
                BenchmarkTable.time(
                        5,
                        50,
                        () -> cases.search(
                                new CaseQueries.Filter(CaseStatus.CLOSED, CaseCategory.FIRE_SAFETY, null, null),
                                PageRequest.of(4, 20))),
                "p50 <= 50 ms");
        table.add(
                "secretary: overdue list, page 1",
                BenchmarkTable.time(5, 50, () -> cases.overdue(first)),
                "p50 <= 100 ms");

        signIn(Role.ORG_STAFF, district);
        table.add(
                "district staff: overdue list, page 1",
                BenchmarkTable.time(3, 30, () -> cases.overdue(first)),
                "p50 <= 100 ms");
        table.add(
                "district staff: case list, status IN_PROGRESS, page 1",
                BenchmarkTable.time(
                        3,
                        30,
                        () -> cases.search(new CaseQueries.Filter(CaseStatus.IN_PROGRESS, null, null, null), first)),
                "");
        table.addLine(
                "overdue cases in the district",
                String.valueOf(cases.overdue(first).getTotalElements()));
        table.print();
    }
}
