package cn.xinjiuye.portal.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hit's distance beyond a kilometre: one decimal, rounded half up. */
class NearbyHitsTest {

    @ParameterizedTest
    @CsvSource({"1000, 1.0", "1049, 1.0", "1050, 1.1", "1250, 1.3", "9999, 10.0", "49951, 50.0"})
    void kilometresWithOneDecimal(double metres, String shown) {
        assertThat(NearbyHits.kilometres(metres)).isEqualTo(shown);
    }
}
