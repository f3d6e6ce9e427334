package cn.xinjiuye.portal.station.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A test class whose stations stand in demo communities: it marks the last station before each test and retires
 * what the test added after it (see {@link StationFixtures}), so the finder journeys never see them.
 */
abstract class StationsInDemoCommunities {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long lastStationBefore;

    @BeforeEach
    void markStations() {
        lastStationBefore = StationFixtures.lastStationId(jdbc);
    }

    @AfterEach
    void retireStations() {
        StationFixtures.retireStationsAfter(jdbc, lastStationBefore);
    }
}
