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
                0.0,
                122.990500,
                29.773420605576096,
                106.50040463582775,
                0.9999996,
                0.0000004,
                179.9999995,
                1.0000015
            })
    void sixDecimalsAsFormatWritesThem(double degrees) {
        assertThat(Navigation.fmt(degrees)).isEqualTo(String.format(Locale.ROOT, "%.6f", degrees));
    }

    /** Coordinates as they come (any double) and as the database keeps them (seven decimals, so many ties). */
    @org.junit.jupiter.api.Test
    void manyCoordinatesAsFormatWritesThem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
        for (int i = 0; i < 100_000; i++) {
            double any = random.nextDouble(0, 180);
            double stored = Math.round(any * 1e7) / 1e7;
            for (double d : new double[] {any, stored}) {
                String expected = String.format(Locale.ROOT, "%.6f", d);
                if (!expected.equals(Navigation.fmt(d))) {
                    assertThat(Navigation.fmt(d)).as("fmt(" + d + ")").isEqualTo(expected);
                }
            }
        }
    }
}
