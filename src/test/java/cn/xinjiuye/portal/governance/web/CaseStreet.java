package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.support.TestValues;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new street of 铁东区 with three communities and no case in it yet, so a test knows every case of its scope;
 * cases go in by SQL (the lists read rows, whatever made them).
 */
record CaseStreet(JdbcTemplate jdbc, long id, String path, String name, List<Long> communities) {

    static CaseStreet create(JdbcTemplate jdbc) {
        long district = jdbc.queryForObject("select id from region where code = '210302'", Long.class);
        String districtPath = jdbc.queryForObject("select path from region where id = ?", String.class, district);
        String name = TestValues.name("计数街道");
        long street = region(jdbc, "STREET", district, districtPath, name);
        String path = districtPath + street + "/";
        List<Long> communities = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            communities.add(region(jdbc, "COMMUNITY", street, path, TestValues.name("计数社区")));
        }
        return new CaseStreet(jdbc, street, path, name, communities);
    }

    private static long region(JdbcTemplate jdbc, String level, long parentId, String parentPath, String name) {
        long id = jdbc.queryForObject(
                "insert into region (code, name, level, parent_id, path) values (?, ?, ?, ?, '/') returning id",
                Long.class,
                "97" + TestValues.digits(13),
                name,
                level,
                parentId);
        jdbc.update("update region set path = ? where id = ?", parentPath + id + "/", id);
        return id;
    }

    /** Street staff of this street, signed in without an account row (the pages read only the session). */
    CurrentUser staff() {
        return new CurrentUser(0, "sqlcount", "计数街道干部", "", Role.STREET_STAFF, id, path, name, true, false);
    }

    List<Long> departments() {
        return jdbc.queryForList(
                "select d.id from department d join region r on r.id = d.district_id where r.code = '210302' "
                        + "order by d.id limit 5",
                Long.class);
    }

    /** Inserts a case and returns its number. */
    String insert(
            long community,
            String status,
            String category,
            Long department,
            Instant submittedAt,
            LocalDate startedOn,
            LocalDate dueOn) {
        String caseNo = "GZS" + TestValues.next();
        jdbc.update(
                "insert into gov_case (case_no, source, category, description, community_id, status, reporter_phone, "
                        + "filed_by, department_id, submitted_at, started_on, due_on) "
                        + "values (?, 'SNAPSHOT', ?, ?, ?, ?, ?, 'test', ?, ?, ?, ?)",
                caseNo,
                category,
                "语句计数 " + caseNo,
                community,
                status,
                TestValues.mobile(),
                department,
                Timestamp.from(submittedAt),
                startedOn,
                dueOn);
        return caseNo;
    }
}
