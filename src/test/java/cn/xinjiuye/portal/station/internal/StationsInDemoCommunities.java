package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test class whose stations stand in demo communities: it marks the last station before each test and retires
 * what the test added after it (see {@link StationFixtures}), so the finder journeys never see them.
 */
abstract class StationsInDemoCommunities extends PortalIntegrationTest {

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
