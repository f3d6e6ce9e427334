package cn.xinjiuye.portal.station.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinjiuye.portal.common.ImageTypes;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

public class OpeningHoursTest {

    // 2026-03-16 is a Monday.
    static LocalDateTime at(DayOfWeek day, int hour, int minute) {
        return LocalDateTime.of(2026, 3, 16 + day.getValue() - 1, hour, minute);
    }

    @Test
    void typedDaysAreNormalized() {
        OpeningHours h = OpeningHours.of(Arrays.asList("8:00-20:00", "08：00—20：00", "24小时", "", null, "休息", "24H"));
        assertThat(h.stored()).isEqualTo("08:00-20:00,08:00-20:00,24h,closed,closed,closed,24h");
        assertThat(OpeningHours.parse(h.stored())).isEqualTo(h);
    }

    @Test
    void openFromTheOpeningMinuteUntilBeforeTheClosingMinute() {
        OpeningHours h = OpeningHours.parse("08:00-20:00,24h,closed,08:00-20:00,08:00-20:00,08:00-20:00,08:00-20:00");
        assertThat(h.isOpenAt(at(DayOfWeek.MONDAY, 7, 59))).isFalse();
        assertThat(h.isOpenAt(at(DayOfWeek.MONDAY, 8, 0))).isTrue();
        assertThat(h.isOpenAt(at(DayOfWeek.MONDAY, 19, 59))).isTrue();
        assertThat(h.isOpenAt(at(DayOfWeek.MONDAY, 20, 0))).isFalse();
        assertThat(h.isOpenAt(at(DayOfWeek.TUESDAY, 3, 0))).isTrue();
        assertThat(h.isOpenAt(at(DayOfWeek.WEDNESDAY, 12, 0))).isFalse();
        assertThat(h.day(DayOfWeek.WEDNESDAY)).isEqualTo("closed");
    }

    @Test
    void unreadableOrBackwardsDaysAreRefusedNamingTheDay() {
        assertThatThrownBy(() -> OpeningHours.of(List.of("08:00-20:00", "20:00-08:00", "", "", "", "", "")))
                .isInstanceOfSatisfying(
                        OpeningHours.InvalidDay.class, e -> assertThat(e.day()).isEqualTo(1));
        assertThatThrownBy(() -> OpeningHours.of(List.of("", "", "9点到5点", "", "", "", "")))
                .isInstanceOfSatisfying(
                        OpeningHours.InvalidDay.class, e -> assertThat(e.day()).isEqualTo(2));
        assertThat(OpeningHours.normalize("25:00-26:00")).isNull();
    }

    @Test
    void amenityBitsRoundTrip() {
        int bits = Amenity.toBits(List.of(Amenity.WATER, Amenity.LUNCH, Amenity.CHILD_CARE));
        assertThat(Amenity.fromBits(bits)).containsExactly(Amenity.WATER, Amenity.LUNCH, Amenity.CHILD_CARE);
        assertThat(Arrays.stream(Amenity.values())
                        .mapToInt(Amenity::bit)
                        .distinct()
                        .count())
                .isEqualTo(Amenity.values().length);
    }

    @Test
    void photoTypesAreRecognizedByTheirFirstBytes() {
        assertThat(ImageTypes.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}))
                .contains("image/jpeg");
        assertThat(ImageTypes.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}))
                .contains("image/png");
        assertThat(ImageTypes.of("RIFF1234WEBPVP8 ".getBytes())).contains("image/webp");
        assertThat(ImageTypes.of("<svg onload=alert(1)>".getBytes())).isEmpty();
        assertThat(ImageTypes.of("GIF89a".getBytes())).isEmpty();
    }
}
