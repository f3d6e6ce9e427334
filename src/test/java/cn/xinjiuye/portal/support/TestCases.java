package cn.xinjiuye.portal.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case written straight into {@code gov_case} for a test, without filing it: a snapshot of an "other" problem,
 * submitted by a reporter, with a unique number and description unless the test sets them.
 *
 * <pre>{@code
 * long id = TestCases.in(jdbc, "210302011001").category("FIRE_SAFETY").status("ACCEPTED").insert();
 * }</pre>
 */
public final class TestCases {

    private final JdbcTemplate jdbc;
    private final Map<String, Object> columns = new LinkedHashMap<>();

    private TestCases(JdbcTemplate jdbc, long communityId) {
        this.jdbc = jdbc;
        columns.put("case_no", "GZT" + TestValues.next());
        columns.put("source", "SNAPSHOT");
        columns.put("category", "OTHER");
        columns.put("description", TestValues.name("测试工单 "));
        columns.put("community_id", communityId);
        columns.put("status", "SUBMITTED");
        columns.put("reporter_phone", "13800000000");
        columns.put("filed_by", "test");
    }

    /** A case of the community with that code. */
    public static TestCases in(JdbcTemplate jdbc, String communityCode) {
        return in(jdbc, jdbc.queryForObject("select id from region where code = ?", Long.class, communityCode));
    }

    public static TestCases in(JdbcTemplate jdbc, long communityId) {
        return new TestCases(jdbc, communityId);
    }

    /** A unique case number with this prefix (tests tell their cases apart by it). */
    public TestCases numbered(String prefix) {
        return set("case_no", prefix + TestValues.next());
    }

    public TestCases category(String category) {
        return set("category", category);
    }

    public TestCases description(String description) {
        return set("description", description);
    }

    public TestCases status(String status) {
        return set("status", status);
    }

    public TestCases reporterPhone(String phone) {
        return set("reporter_phone", phone);
    }

    public TestCases department(long departmentId) {
        return set("department_id", departmentId);
    }

    public TestCases at(double lat, double lng) {
        return set("lat", lat).set("lng", lng);
    }

    /** The working days: started on one date, due on the other. */
    public TestCases running(LocalDate startedOn, LocalDate dueOn) {
        return set("started_on", startedOn).set("due_on", dueOn);
    }

    /** Writes the case and returns its id. */
    public long insert() {
        List<Object> values = new ArrayList<>(columns.values());
        String sql = "insert into gov_case (" + String.join(", ", columns.keySet()) + ") values ("
                + String.join(", ", Collections.nCopies(values.size(), "?")) + ") returning id";
        return jdbc.queryForObject(sql, Long.class, values.toArray());
    }

    private TestCases set(String column, Object value) {
        columns.put(column, value);
        return this;
    }
}
