package cn.xinjiuye.portal.station.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.jobs.DailyJob;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** A station whose 六有 inspection is overdue reminds its community's secretary, not the neighbouring one, once. */
@IntegrationTest
class StationJobsIntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("inspectionOverdueJob")
    DailyJob job;

    long station(LocalDate lastInspectedOn) {
        long id = StationFixtures.station(
                jdbc,
                TestValues.name("检查驿站"),
                "210302011001",
                41.1,
                122.99,
                StationFixtures.everyDay("24h"),
                0,
                "OPEN");
        jdbc.update("update station set last_inspected_on = ? where id = ?", lastInspectedOn, id);
        return id;
    }

    int reminders(String username, String key) {
        return jdbc.queryForObject(
                "select count(*) from reminder where dedupe_key = ? and account_id = "
                        + "(select id from account where username = ?)",
                Integer.class,
                key,
                username);
    }

    @Test
    void anOverdueStationRemindsItsCommunitySecretaryOnce() {
        LocalDate old = TODAY.minusDays(181);
        long overdue = station(old);
        long recent = station(TODAY.minusDays(10));

        job.run(TODAY);
        job.run(TODAY);

        assertThat(reminders("fukang", "inspection-" + overdue + "-" + old)).isEqualTo(1);
        assertThat(reminders("shannanshequ", "inspection-" + overdue + "-" + old))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder where dedupe_key like ?",
                        Integer.class,
                        "inspection-" + recent + "-%"))
                .isZero();
    }
}
