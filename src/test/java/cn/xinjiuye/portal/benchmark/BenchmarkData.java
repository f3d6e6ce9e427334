package cn.xinjiuye.portal.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deterministic bulk data for the benchmarks, written with set-based SQL: the city 基准市 (990100) with 10 districts,
 * 100 streets and 1,000 communities, and the records of every feature spread over them by arithmetic on the row
 * number (no random()), so two runs measure the same data.
 */
final class BenchmarkData {

    private BenchmarkData() {
    }

    static void generateCity(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("select count(*) from region where code = '990100'", Integer.class) > 0) {
            return;
        }
        jdbc.update("insert into region (code, name, level, path) values ('990000', '基准省', 'PROVINCE', '/')");
        jdbc.update("update region set path = '/' || id || '/' where code = '990000'");
        level(jdbc, "insert into region (code, name, level, parent_id, path) "
                + "select '990100', '基准市', 'CITY', id, '/' from region where code = '990000'", "990100");
        level(jdbc, "insert into region (code, name, level, parent_id, path) "
                + "select '9901' || lpad(d::text, 2, '0'), '基准区' || d, 'DISTRICT', p.id, '/' "
                + "from region p, generate_series(1, 10) d where p.code = '990100'", "9901__");
        level(jdbc, "insert into region (code, name, level, parent_id, path) "
                + "select p.code || lpad(s::text, 3, '0'), p.name || '街道' || s, 'STREET', p.id, '/' "
                + "from region p, generate_series(1, 10) s where p.level = 'DISTRICT' and p.code like '9901%'", "9901_____");
        level(jdbc, "insert into region (code, name, level, parent_id, path) "
                + "select p.code || lpad(c::text, 3, '0'), p.name || '社区' || c, 'COMMUNITY', p.id, '/' "
                + "from region p, generate_series(1, 10) c where p.level = 'STREET' and p.code like '9901%'", "9901________");

        // Care: 20,000 difficult-family packages, 100 teams and 100,000 volunteer activities.
        jdbc.update("""
                insert into aid_package (code, community_id, household_head, household_size, address, difficulty, needs,
                                         status, claimant_kind, claimant_name)
                select 'KJB' || lpad(g::text, 8, '0'), c.id, '户主' || g, 1 + g % 5, '地址', 'OTHER', '需求',
                       case when g % 3 = 0 then 'OPEN' else 'CLAIMED' end,
                       case when g % 3 = 0 then null else 'BRANCH' end, case when g % 3 = 0 then null else '支部' end
                  from generate_series(1, 20000) g
                  join (select id, row_number() over (order by code) - 1 as n from region
                         where level = 'COMMUNITY' and code like '9901%') c on c.n = g % 1000""");
        jdbc.update("""
                insert into volunteer_team (name, region_id, leader)
                select '基准服务队' || s.n, s.id, '队长' from (select id, row_number() over (order by code) as n from region
                 where level = 'STREET' and code like '9901%') s""");
        jdbc.update("""
                insert into volunteer_activity (team_id, kind, held_on, title, participants, hours, people_served, goods_value)
                select t.id, 'OTHER', current_date - (g % 700), '活动', 1 + g % 9, 1 + g % 6, g % 50, g % 100
                  from generate_series(1, 100000) g
                  join (select id, row_number() over (order by id) - 1 as n from volunteer_team where name like '基准服务队%') t
                    on t.n = g % 100""");
        jdbc.execute("analyze");
    }

    private static void level(JdbcTemplate jdbc, String insert, String codePattern) {
        jdbc.update(insert);
        jdbc.update("update region r set path = p.path || r.id || '/' from region p "
                + "where p.id = r.parent_id and r.code like ? and r.path = '/'", codePattern);
    }

    static Map<String, Long> counts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {"region", "aid_package", "volunteer_activity"}) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
