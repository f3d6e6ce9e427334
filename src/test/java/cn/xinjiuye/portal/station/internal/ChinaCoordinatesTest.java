package cn.xinjiuye.portal.station.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.ChinaCoordinates.LatLng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Against published reference values: the WGS-84 → GCJ-02 test vectors of googollee/eviltransform (Shanghai,
 * Shenzhen, Beijing) and the README values of wandergis/coordtransform (116.404 / 39.915, all four conversions).
 * eviltransform's BD-09 vectors are not used: it writes sin(y·π) where Baidu's formula has sin(y·π·3000/180).
 */
public class ChinaCoordinatesTest {

    static final double DEG = 1e-7;

    @ParameterizedTest
    @CsvSource({
        "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
        "22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
        "39.911954, 116.377817, 39.91334545536069, 116.38404722455657",
        "39.915, 116.404, 39.91640428150164, 116.41024449916938"
    })
    void wgs84ToGcj02MatchesTheReferences(double lat, double lng, double gcjLat, double gcjLng) {
        LatLng gcj = ChinaCoordinates.wgs84ToGcj02(lat, lng);
        assertThat(gcj.lat()).isCloseTo(gcjLat, within(DEG));
        assertThat(gcj.lng()).isCloseTo(gcjLng, within(DEG));
        LatLng back = ChinaCoordinates.gcj02ToWgs84(gcj.lat(), gcj.lng());
        assertThat(back.lat()).isCloseTo(lat, within(1e-8));
        assertThat(back.lng()).isCloseTo(lng, within(1e-8));
    }

    @Test
    void gcj02ToWgs84OfTiananmenMatchesCoordtransformWithinACentimetre() {
        // coordtransform's inverse is one step (39.91359571849836, 116.39775550083061); ours iterates, so it is
        // the exact inverse, which lies within a few decimetres of the one-step value.
        LatLng w = ChinaCoordinates.gcj02ToWgs84(39.915, 116.404);
        assertThat(w.lat()).isCloseTo(39.91359571849836, within(1e-5));
        assertThat(w.lng()).isCloseTo(116.39775550083061, within(1e-5));
        LatLng again = ChinaCoordinates.wgs84ToGcj02(w.lat(), w.lng());
        assertThat(again.lat()).isCloseTo(39.915, within(1e-9));
        assertThat(again.lng()).isCloseTo(116.404, within(1e-9));
    }

    @Test
    void gcj02AndBd09MatchCoordtransform() {
        LatLng bd = ChinaCoordinates.gcj02ToBd09(39.915, 116.404);
        assertThat(bd.lat()).isCloseTo(39.92133699351021, within(1e-9));
        assertThat(bd.lng()).isCloseTo(116.41036949371029, within(1e-9));
        LatLng gcj = ChinaCoordinates.bd09ToGcj02(39.915, 116.404);
        assertThat(gcj.lat()).isCloseTo(39.90865673957631, within(1e-9));
        assertThat(gcj.lng()).isCloseTo(116.39762729119315, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"41.1112, 122.9912", "29.199786, 120.019809", "22.3193, 114.1694", "45.75, 126.65"})
    void bd09RoundTripsThroughWgs84(double lat, double lng) {
        LatLng bd = ChinaCoordinates.wgs84ToBd09(lat, lng);
        assertThat(Math.abs(bd.lat() - lat) + Math.abs(bd.lng() - lng)).isGreaterThan(0.005);
        LatLng back = ChinaCoordinates.bd09ToWgs84(bd.lat(), bd.lng());
        // BD-09 → GCJ-02 is itself approximate (the published formula), so the round trip holds to about 1e-6°.
        assertThat(back.lat()).isCloseTo(lat, within(2e-6));
        assertThat(back.lng()).isCloseTo(lng, within(2e-6));
    }

    @ParameterizedTest
    @CsvSource({"51.5074, -0.1278", "35.6762, 139.6503", "-33.8688, 151.2093", "60.0, 100.0"})
    void pointsOutsideChinaAreLeftUnchanged(double lat, double lng) {
        assertThat(ChinaCoordinates.wgs84ToGcj02(lat, lng)).isEqualTo(new LatLng(lat, lng));
        assertThat(ChinaCoordinates.gcj02ToWgs84(lat, lng)).isEqualTo(new LatLng(lat, lng));
        assertThat(ChinaCoordinates.wgs84ToBd09(lat, lng)).isEqualTo(new LatLng(lat, lng));
        assertThat(ChinaCoordinates.bd09ToWgs84(lat, lng)).isEqualTo(new LatLng(lat, lng));
    }

    @Test
    void theShiftInAnshanIsSeveralHundredMetres() {
        LatLng gcj = ChinaCoordinates.wgs84ToGcj02(41.1112, 122.9912);
        double metres = Math.hypot(
                (gcj.lat() - 41.1112) * 111_000, (gcj.lng() - 122.9912) * 111_000 * Math.cos(Math.toRadians(41.11)));
        assertThat(metres).isBetween(200.0, 800.0);
    }
}
