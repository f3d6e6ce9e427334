package cn.xinjiuye.portal.station.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.SqlStatements;
import cn.xinjiuye.portal.support.TestValues;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The staff station list and the courier's nearby page run a fixed number of SQL statements, however many
 * stations, communities, inspections and photos the page shows.
 */
@IntegrationTest
public class StationQueryCountIntegrationTest extends PortalIntegrationTest {

    static final String[] COMMUNITIES = {"210302011001", "210302011002", "210302012001"};

    @Test
    @WithUserDetails("tiedong")
    void theStationListDoesNotQueryPerRow() throws Exception {
        String prefix = TestValues.name("计数驿站");
        add(prefix, 2);
        long few = SqlStatements.during(
                () -> mvc.perform(get("/stations").param("q", prefix)).andExpect(status().isOk()));
        add(prefix, 15);
        long many = SqlStatements.during(
                () -> mvc.perform(get("/stations").param("q", prefix)).andExpect(status().isOk()));
        System.out.printf("/stations: %d statements for 2 stations, %d for 17%n", few, many);
        assertThat(many).isEqualTo(few);
    }

    @Test
    void theNearbyPageDoesNotQueryPerRow() throws Exception {
        double lat = 23.0 + TestValues.next() % 1000 / 1000.0;
        double lng = 100.5;
        for (int i = 0; i < 2; i++) {
            openStation(COMMUNITIES[0], lat + i * 0.001, lng);
        }
        long few = statementsOfTheFinderAt(lat, lng);
        for (int i = 0; i < 12; i++) {
            openStation(COMMUNITIES[i % 3], lat - i * 0.001, lng);
        }
        long many = statementsOfTheFinderAt(lat, lng);
        System.out.printf("/public/stations: %d statements for 2 stations, %d for 14%n", few, many);
        assertThat(many).isEqualTo(few);
    }

    /** Stations spread over three communities, each with an inspection, passed or failed. */
    void add(String prefix, int n) {
        for (int i = 0; i < n; i++) {
            long id = StationFixtures.station(
                    jdbc,
                    prefix + "-" + TestValues.next(),
                    COMMUNITIES[i % COMMUNITIES.length],
                    41.1 + i * 0.001,
                    122.99,
                    StationFixtures.everyDay("08:00-20:00"),
                    3,
                    i % 4 == 3 ? "SUSPENDED" : "OPEN");
            jdbc.update(
                    "insert into station_inspection (station_id, inspected_on, inspector, has_site, has_sign, "
                            + "has_facilities, has_rules, has_books, has_manager) "
                            + "values (?, current_date - 10, '检查员', true, true, true, true, true, ?)",
                    id,
                    i % 2 == 0);
        }
    }

    void openStation(String communityCode, double lat, double lng) {
        StationFixtures.station(
                jdbc, TestValues.name("近处"), communityCode, lat, lng, StationFixtures.everyDay("24h"), 1, "OPEN");
    }

    /** The SQL statements of one request of the public finder's list near the spot. */
    long statementsOfTheFinderAt(double lat, double lng) throws Exception {
        return SqlStatements.during(
                () -> mvc.perform(get("/public/stations").param("lat", "" + lat).param("lng", "" + lng))
                        .andExpect(status().isOk()));
    }
}
