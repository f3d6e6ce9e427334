package cn.xinjiuye.portal.station.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NavigationTest {

    /** The links' coordinates keep the six decimals of {@code %.6f}, with its rounding, without a Formatter. */
    @ParameterizedTest
    @ValueSource(
            doubles = {
                39.9,
                116.4,
                41.1198265,
                123.4737015,
                0.0000005,
                -0.0000005,
                18.5000004999,
                135.0,
                53.5612349,
                -73.12345650001,
                0.0
            })
    void sixDecimalsAsFormatWritesThem(double degrees) {
        assertThat(Navigation.fmt(degrees)).isEqualTo(String.format(Locale.ROOT, "%.6f", degrees));
    }
}
