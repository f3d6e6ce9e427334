package cn.xinjiuye.portal.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.SqlStatements;
import cn.xinjiuye.portal.support.TestValues;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The district dashboard is a fixed set of SQL aggregates: more records do not mean more statements. */
@IntegrationTest
public class DashboardQueryCountIntegrationTest extends PortalIntegrationTest {

    @Test
    @WithUserDetails("tiedong")
    void theDashboardDoesNotQueryPerRecordOrRegion() throws Exception {
        long before = SqlStatements.during(() -> mvc.perform(get("/dashboard")).andExpect(status().isOk()));
        long community = jdbc.queryForObject("select id from region where code = '210302012001'", Long.class);
        for (int i = 0; i < 10; i++) {
            long station = jdbc.queryForObject(
                    "insert into station (name, host_type, address, lat, lng, region_id, opening_hours, amenities, "
                            + "status) values (?, 'SHOP', '测试地址', 41.1, 122.9, ?, '24h,24h,24h,24h,24h,24h,24h', "
                            + "1, 'OPEN') returning id",
                    Long.class,
                    TestValues.name("看板驿站"),
                    community);
            jdbc.update(
                    "insert into station_service (station_id, kind, served_on, count, recorded_by) values (?, 'REST', "
                            + "current_date, 3, 'test')",
                    station);
        }
        long after = SqlStatements.during(() -> mvc.perform(get("/dashboard")).andExpect(status().isOk()));
        System.out.printf("/dashboard: %d statements, %d after 10 more stations and services%n", before, after);
        assertThat(after).isEqualTo(before);
    }
}
