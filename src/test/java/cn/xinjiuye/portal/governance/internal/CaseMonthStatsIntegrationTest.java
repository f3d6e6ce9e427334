package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The dashboard's case summary follows every write: inserts, status changes, re-dating, moves and deletes. */
@IntegrationTest
public class CaseMonthStatsIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    long community(String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    /** The summary rows of two communities, as kept by the triggers. */
    List<Map<String, Object>> kept(long a, long b) {
        return jdbc.queryForList(
                "select community_id, month, category, found, concerns, solved, solved_on_time "
                        + "from case_month_stats where community_id in (?, ?) and (found, concerns, solved, solved_on_time) "
                        + "<> (0, 0, 0, 0) order by 1, 2, 3",
                a,
                b);
    }

    /** The same figures computed from the cases themselves. */
    List<Map<String, Object>> recomputed(long a, long b) {
        return jdbc.queryForList("""
                select community_id, month, category, sum(found)::int found, sum(concerns)::int concerns,
                       sum(solved)::int solved, sum(on_time)::int solved_on_time
                  from (select community_id, date_trunc('month', submitted_at at time zone 'Asia/Shanghai')::date as month,
                               category, 1 found, case when source = 'RECEPTION' then 1 else 0 end concerns, 0 solved, 0 on_time
                          from gov_case where status <> 'REJECTED' and community_id in (?, ?)
                        union all
                        select community_id, date_trunc('month', resolved_at at time zone 'Asia/Shanghai')::date, category,
                               0, 0, 1, case when due_on is null
                                   or (resolved_at at time zone 'Asia/Shanghai')::date <= due_on then 1 else 0 end
                          from gov_case where resolved_at is not null and community_id in (?, ?)) x
                 group by 1, 2, 3 order by 1, 2, 3""", a, b, a, b);
    }

    @Test
    void theSummaryEqualsAFullRecountAfterEveryKindOfWrite() {
        long a = community("210604001001");
        long b = community("210602002001");
        String tag = "MS" + TestValues.next() + "-";
        for (int i = 0; i < 6; i++) {
            jdbc.update(
                    "insert into gov_case (case_no, source, category, description, community_id, status, filed_by, "
                            + "submitted_at, due_on) values (?, ?, ?, '汇总测试', ?, 'SUBMITTED', 'test', "
                            + "timestamptz '2026-03-31 20:00+00' + ? * interval '9 day', date '2026-04-10')",
                    tag + i,
                    i % 2 == 0 ? "RECEPTION" : "HAZARD",
                    i % 3 == 0 ? "HEATING" : "TRAFFIC",
                    i < 3 ? a : b,
                    i);
        }
        assertThat(kept(a, b)).isEqualTo(recomputed(a, b));

        jdbc.update(
                "update gov_case set status = 'RESOLVED', resolved_at = timestamptz '2026-04-09 23:30+00' "
                        + "where case_no = ?",
                tag + 0); // 2026-04-10 in China: on time
        jdbc.update(
                "update gov_case set status = 'CLOSED', resolved_at = timestamptz '2026-05-02 01:00+00' "
                        + "where case_no = ?",
                tag + 1); // late
        jdbc.update("update gov_case set status = 'REJECTED' where case_no = ?", tag + 2);
        jdbc.update("update gov_case set community_id = ? where case_no = ?", b, tag + 3);
        jdbc.update(
                "update gov_case set category = 'PARKING', submitted_at = submitted_at - interval '40 day' "
                        + "where case_no = ?",
                tag + 4);
        jdbc.update("update gov_case set description = '不影响汇总的修改' where case_no = ?", tag + 5);
        jdbc.update("delete from gov_case where case_no = ?", tag + 5);
        assertThat(kept(a, b)).isEqualTo(recomputed(a, b));
        assertThat(jdbc.queryForObject(
                        "select sum(solved_on_time) from case_month_stats where community_id = ? "
                                + "and month = date '2026-04-01'",
                        Integer.class,
                        a))
                .isGreaterThanOrEqualTo(1);
    }
}
