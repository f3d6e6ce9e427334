package cn.xinjiuye.portal.station.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.support.IntegrationTest;
import java.sql.Array;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stations' demo as the services made it: Tiedong's 99 stations, each compliant one with its passing
 * inspection within the interval, services only on past days and after the station opened, and drawn photos.
 */
@IntegrationTest
class StationDemoIntegrationTest {

    private static final String TIEDONG = "(select path from region where code = '210302') || '%'";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StationProperties properties;

    private List<String> demoNames() {
        List<String> names = new ArrayList<>(StationArticleDemoData.names());
        names.addAll(List.of(
                StationDemoData.FIRST,
                StationDemoData.SF,
                StationDemoData.PROPERTY,
                "福康早餐驿站",
                "山南便利店驿站",
                "福康社区卫生服务站驿站",
                "山南社区党群服务中心爱心驿站",
                "中通快递山南网点驿站",
                "园林社区阳光食堂驿站"));
        return names;
    }

    private Array array(List<String> names) {
        return jdbc.execute((ConnectionCallback<Array>) c -> c.createArrayOf("text", names.toArray()));
    }

    @Test
    void tiedongHasTheArticles99StationsRegisteredOnPastDays() {
        List<String> names = demoNames();
        assertThat(names).hasSize(StationArticleDemoData.TIEDONG_STATIONS).doesNotHaveDuplicates();
        Integer inTiedong = jdbc.queryForObject(
                "select count(*) from station s join region r on r.id = s.region_id where s.active and r.path like "
                        + TIEDONG + " and s.name = any(?) and s.created_at < (select loaded_at from demo_load)",
                Integer.class,
                array(names));
        assertThat(inTiedong).isEqualTo(99);
        assertThat(jdbc.queryForObject(
                        "select count(distinct region_id) from station where name = any(?)",
                        Integer.class,
                        array(names)))
                .as("spread over Tiedong's communities")
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void everyCompliantStationHasAPassingInspectionWithinTheInterval() {
        int interval = properties.inspectionIntervalDays();
        String compliant =
                "s.active and s.last_inspection_passed and s.last_inspected_on >= current_date - " + interval;
        Integer counted = jdbc.queryForObject(
                "select count(*) from station s join region r on r.id = s.region_id where " + compliant
                        + " and r.path like " + TIEDONG + " and s.name = any(?)",
                Integer.class,
                array(demoNames()));
        assertThat(counted).as("most, not all, of the 99 are compliant").isBetween(60, 95);
        Integer without = jdbc.queryForObject(
                "select count(*) from station s where " + compliant
                        + " and not exists (select 1 from station_inspection i "
                        + "where i.station_id = s.id and i.inspected_on = s.last_inspected_on and i.has_site and i.has_sign "
                        + "and i.has_facilities and i.has_rules and i.has_books and i.has_manager)",
                Integer.class);
        assertThat(without).isZero();
    }

    @Test
    void servicesAreOnPastDaysAfterTheStationOpenedAndMoreThan100InTiedong() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from station_service v join station s on s.id = v.station_id "
                                // Services that other tests record on the demo's stations afterwards are not the
                                // demo's.
                                + "where s.name = any(?) and v.created_at < (select loaded_at from demo_load) "
                                + "and (v.served_on > (select last_day from demo_load) "
                                + "or v.served_on < (s.created_at at time zone 'Asia/Shanghai')::date)",
                        Integer.class,
                        array(demoNames())))
                .isZero();
        Integer services = jdbc.queryForObject(
                "select sum(v.count) from station_service v join station s on s.id = v.station_id "
                        + "join region r on r.id = s.region_id where r.path like " + TIEDONG
                        + " and s.name = any(?) and v.served_on >= (select first_day from demo_load)",
                Integer.class,
                array(demoNames()));
        assertThat(services).isGreaterThan(100).isNotEqualTo(services / 100 * 100);
    }

    @Test
    void someStationsHaveADrawnPhoto() {
        Integer photos = jdbc.queryForObject(
                "select count(*) from station_photo p join station s on s.id = p.station_id "
                        + "where s.name in (?, ?) and p.content_type = 'image/jpeg' and length(p.bytes) > 5000",
                Integer.class,
                StationDemoData.FIRST,
                StationDemoData.SF);
        assertThat(photos).isEqualTo(2);
    }
}
