package cn.xinjiuye.portal.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Deterministic bulk data for the benchmarks, written with set-based SQL: the city 基准市 (990100) with 10 districts,
 * 100 streets and 1,000 communities, and the records of every feature spread over them by arithmetic on the row
 * number (no random()), so two runs measure the same data. Each benchmark has a database of its own
 * ({@link BenchmarkDatabase}), so its data do not depend on which benchmarks ran before it.
 */
final class BenchmarkData {

    /** The district whose dispatcher and cases the page benchmarks measure. */
    static final String DISTRICT = "990105";

    private BenchmarkData() {}

    /** The regions only: 基准省 (990000), 基准市 (990100), districts 990101-990110, their streets and communities. */
    static void regions(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("select count(*) from region where code = '990100'", Integer.class) > 0) {
            return;
        }
        jdbc.update("insert into region (code, name, level, path) values ('990000', '基准省', 'PROVINCE', '/')");
        jdbc.update("update region set path = '/' || id || '/' where code = '990000'");
        level(
                jdbc,
                "insert into region (code, name, level, parent_id, path) "
                        + "select '990100', '基准市', 'CITY', id, '/' from region where code = '990000'",
                "990100");
        level(
                jdbc,
                "insert into region (code, name, level, parent_id, path) "
                        + "select '9901' || lpad(d::text, 2, '0'), '基准区' || d, 'DISTRICT', p.id, '/' "
                        + "from region p, generate_series(1, 10) d where p.code = '990100'",
                "9901__");
        level(
                jdbc,
                "insert into region (code, name, level, parent_id, path) "
                        + "select p.code || lpad(s::text, 3, '0'), p.name || '街道' || s, 'STREET', p.id, '/' "
                        + "from region p, generate_series(1, 10) s where p.level = 'DISTRICT' and p.code like '9901%'",
                "9901_____");
        level(
                jdbc,
                "insert into region (code, name, level, parent_id, path) "
                        + "select p.code || lpad(c::text, 3, '0'), p.name || '社区' || c, 'COMMUNITY', p.id, '/' "
                        + "from region p, generate_series(1, 10) c where p.level = 'STREET' and p.code like '9901%'",
                "9901________");
    }

    /** The regions and the records of every feature (what the dashboard adds up). */
    static void generateCity(JdbcTemplate jdbc) {
        regions(jdbc);
        if (jdbc.queryForObject("select count(*) from aid_package where code = 'KJB00000001'", Integer.class) > 0) {
            return;
        }
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
        // Stations: 5,000 in the city's communities and 200,000 service records over the last two years.
        jdbc.update("""
                insert into station (name, host_type, address, lat, lng, region_id, opening_hours, status, suspend_reason,
                                     last_inspected_on, last_inspection_passed)
                select '基准驿站' || g, 'SHOP', '地址', 30 + (g % 1000) / 100.0, 110 + (g % 997) / 100.0, c.id,
                       '08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00,closed,24h',
                       case when g % 20 = 0 then 'SUSPENDED' else 'OPEN' end, case when g % 20 = 0 then '检修' end,
                       current_date - (g % 400), g % 4 <> 0
                  from generate_series(1, 5000) g
                  join (select id, row_number() over (order by code) - 1 as n from region
                         where level = 'COMMUNITY' and code like '9901%') c on c.n = g % 1000""");
        jdbc.update("""
                insert into station_service (station_id, served_on, kind, count, recorded_by)
                select s.id, current_date - (g % 700), (array['REST','CHARGING','MEAL','REPAIR','FIRST_AID','WATER'])[1 + g % 6],
                       1 + g % 5, 'benchmark'
                  from generate_series(1, 200000) g
                  join (select id, row_number() over (order by id) - 1 as n from station where name like '基准驿站%') s
                    on s.n = g % 5000""");
        // Party organizations: 2,000 branches, 5,000 enterprises, 500,000 people, 5,000 mobile members, 20,000
        // meetings.
        jdbc.update("""
                insert into party_organization (name, type, region_id, industry)
                select '基准支部' || g, (array['BRANCH','JOINT_BRANCH','INDUSTRY_BRANCH'])[1 + g % 3], c.id, 'EXPRESS'
                  from generate_series(1, 2000) g
                  join (select id, row_number() over (order by code) - 1 as n from region
                         where level = 'COMMUNITY' and code like '9901%') c on c.n = g % 1000""");
        jdbc.update("""
                insert into enterprise (name, kind, region_id, industry, worker_count, coverage, organization_id,
                                        instructor_name, seed_members)
                select '基准企业' || g, 'EXPRESS_OUTLET', o.region_id, 'EXPRESS', 10 + g % 90,
                       case when g % 4 = 0 then 'NONE' else 'JOINT_BRANCH' end, case when g % 4 = 0 then null else o.id end,
                       case when g % 3 = 0 then '指导员' end, case when g % 7 = 0 then '种子党员' end
                  from generate_series(1, 5000) g
                  join (select id, region_id, row_number() over (order by id) - 1 as n from party_organization
                         where name like '基准支部%') o on o.n = g % 2000""");
        jdbc.update("""
                insert into person (name, gender, birth_date, id_cipher, id_blind_index, id_masked, occupation, enterprise_id,
                                    region_id, branch_id, political_status)
                select '基准人员' || g, case when g % 2 = 0 then 'MALE' else 'FEMALE' end, date '1980-01-01' + (g % 9000),
                       '\\x00', 'bench-' || g, '210***********00', 'COURIER', e.id, e.region_id,
                       case when g % 5 < 2 then e.organization_id end,
                       (array['MASSES','MASSES','APPLICANT','ACTIVIST','DEVELOPMENT_TARGET','PROBATIONARY','FULL_MEMBER'])[1 + g % 7]
                  from generate_series(1, 500000) g
                  join (select id, region_id, organization_id, row_number() over (order by id) - 1 as n from enterprise
                         where name like '基准企业%') e on e.n = g % 5000""");
        jdbc.update("""
                insert into mobile_member (person_id, host_branch_id, home_org_name, home_org_region, home_org_contact,
                                           agreement_signed_on, term_months, returned, returned_on)
                select p.id, coalesce(p.branch_id, (select min(id) from party_organization where name like '基准支部%')),
                       '原籍党组织', '某地', '联系人', current_date - 200, 24, g % 10 = 0, case when g % 10 = 0 then current_date - 5 end
                  from generate_series(1, 5000) g
                  join (select id, branch_id, row_number() over (order by id) - 1 as n from person
                         where name like '基准人员%' and political_status = 'FULL_MEMBER') p on p.n = g""");
        jdbc.update("""
                insert into party_meeting (branch_id, kind, online, held_on, topic)
                select o.id, (array['MEMBER_CONGRESS','COMMITTEE','GROUP','LESSON','THEME_DAY'])[1 + g % 5], g % 2 = 0,
                       current_date - (g % 700), '主题'
                  from generate_series(1, 20000) g
                  join (select id, row_number() over (order by id) - 1 as n from party_organization
                         where name like '基准支部%') o on o.n = g % 2000""");
        // Governance: 1,000,000 cases over the last two years, 100,000 in each district; most solved, some overdue.
        // Loaded in bulk with the summary triggers off, then the summary is rebuilt once.
        jdbc.execute("alter table gov_case disable trigger user");
        jdbc.update("""
                insert into gov_case (case_no, source, category, description, community_id, status, filed_by, submitted_at,
                                      accepted_at, resolved_at, closed_at, started_on, due_on)
                select 'BM' || lpad(g::text, 8, '0'),
                       (array['HAZARD','SNAPSHOT','RECEPTION','STAFF'])[1 + g % 4],
                       (array['SANITATION','FIRE_SAFETY','TRAFFIC','PARKING','PUBLIC_FACILITIES','ELDERLY_DIFFICULTY',
                              'WAGE_ARREARS','HEATING','OTHER'])[1 + g % 9],
                       '基准案件', c.id,
                       case when g % 700 > 30 and st.status in ('SUBMITTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS')
                            then 'CLOSED' else st.status end, 'benchmark', t.submitted,
                       t.submitted + interval '1 hour',
                       case when st.status in ('RESOLVED', 'CLOSED') or g % 700 > 30 and st.status <> 'REJECTED'
                            then t.submitted + (g % 12) * interval '1 day' end,
                       case when st.status = 'CLOSED' or g % 700 > 30 and st.status not in ('REJECTED', 'RESOLVED')
                            then t.submitted + (g % 12 + 1) * interval '1 day' end,
                       t.submitted::date, t.submitted::date + 7
                  from generate_series(1, 1000000) g
                  join (select id, row_number() over (order by code) - 1 as n from region
                         where level = 'COMMUNITY' and code like '9901%') c on c.n = g % 1000
                  cross join lateral (select now() - (g % 700) * interval '1 day' - (g % 24) * interval '1 hour' as submitted) t
                  cross join lateral (select (array['CLOSED','CLOSED','CLOSED','RESOLVED','IN_PROGRESS','ASSIGNED','ACCEPTED',
                                                    'SUBMITTED','REJECTED','CLOSED'])[1 + g % 10] as status) st""");
        jdbc.execute("alter table gov_case enable trigger user");
        jdbc.execute("select case_month_stats_rebuild()");
        jdbc.execute("vacuum analyze");
    }

    private static void level(JdbcTemplate jdbc, String insert, String codePattern) {
        jdbc.update(insert);
        jdbc.update(
                "update region r set path = p.path || r.id || '/' from region p "
                        + "where p.id = r.parent_id and r.code like ? and r.path = '/'",
                codePattern);
    }

    /**
     * A staff account of a region, signed in through the login form by the page benchmarks: an ORG_STAFF account of
     * a district is the district's dispatcher.
     */
    static void account(JdbcTemplate jdbc, PasswordEncoder encoder, String username, String role, String regionCode) {
        jdbc.update(
                "insert into account (username, display_name, password_hash, role, region_id) "
                        + "select ?, ?, ?, ?, id from region where code = ? on conflict do nothing",
                username,
                "基准账号 " + username,
                encoder.encode(PASSWORD),
                role,
                regionCode);
    }

    static final String PASSWORD = "benchmark2026";

    static Map<String, Long> counts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : new String[] {
            "region",
            "aid_package",
            "volunteer_activity",
            "station",
            "station_service",
            "party_organization",
            "enterprise",
            "person",
            "mobile_member",
            "party_meeting",
            "gov_case",
            "case_month_stats"
        }) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
