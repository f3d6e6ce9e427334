package cn.xinjiuye.portal.care.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.IntegrationTest;
import java.math.BigDecimal;
import java.sql.Array;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The care demo as the services made it: 旅顺口区's 320 claimed packages, each claimed by a branch or an enterprise
 * that exists as a record, help given after the claim and never after the demo's last day, and goods donated worth
 * more than 90,000 yuan over the last twelve months.
 */
@IntegrationTest
class CareDemoIntegrationTest {

    private static final String LVSHUN = "(select path from region where code = '210212') || '%'";

    @Autowired
    JdbcTemplate jdbc;

    private Array claimants() {
        Object[] names = CareDemoData.CLAIMANTS.stream().map(Map.Entry::getKey).toArray();
        return jdbc.execute((ConnectionCallback<Array>) c -> c.createArrayOf("text", names));
    }

    @Test
    void lvshunHanded320PackagesToBranchesAndEnterprisesThatExist() {
        Integer claimed = jdbc.queryForObject(
                "select count(*) from aid_package p join region r on r.id = p.community_id where r.path like " + LVSHUN
                        + " and p.status <> 'OPEN' and p.claimant_name = any(?)",
                Integer.class,
                claimants());
        assertThat(claimed).isEqualTo(CareDemoData.LVSHUN_CLAIMED);
        List<String> unknown = jdbc.queryForList(
                "select n from unnest(?::text[]) n where not exists (select 1 from party_organization o where o.name = n) "
                        + "and not exists (select 1 from enterprise e where e.name = n)",
                String.class,
                claimants());
        assertThat(unknown)
                .as("claimants without a record in the organization module")
                .isEmpty();
    }

    @Test
    void helpFollowsTheClaimAndNothingIsDatedAfterTheDemosLastDay() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from aid_help h join aid_package p on p.id = h.package_id "
                                + "where p.claimant_name = any(?) and (h.helped_on > (select last_day from demo_load) "
                                + "or h.helped_on < (p.claimed_at at time zone 'Asia/Shanghai')::date)",
                        Integer.class,
                        claimants()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from aid_help h join aid_package p on p.id = h.package_id "
                                + "where p.claimant_name = any(?)",
                        Integer.class,
                        claimants()))
                .isGreaterThan(100);
    }

    @Test
    void lvshunsTeamRecordedGoodsDonatedWorthMoreThan90000Yuan() {
        BigDecimal goods = jdbc.queryForObject(
                "select sum(a.goods_value) from volunteer_activity a join volunteer_team t on t.id = a.team_id "
                        + "where t.name = ? and a.held_on >= (select first_day from demo_load) "
                        + "and a.held_on <= (select last_day from demo_load)",
                BigDecimal.class,
                VolunteerDemoData.LVSHUN_TEAM);
        assertThat(goods).isGreaterThan(new BigDecimal("90000")).isLessThan(new BigDecimal("120000"));
        assertThat(goods.remainder(new BigDecimal("1000")))
                .as("not a round figure")
                .isNotZero();
    }
}
