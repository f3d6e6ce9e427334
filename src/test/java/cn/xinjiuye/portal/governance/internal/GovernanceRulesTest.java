package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinjiuye.portal.common.FieldRuleException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The pure rules: the state machine, the working-day calendar, the traffic light and photo cleaning. */
public class GovernanceRulesTest {

    /** National Day 2026: 1-7 October off, Saturday 10 October worked (as seeded by V30). */
    static final WorkingDays.Calendar OCTOBER = new WorkingDays.Calendar(Map.of(
            LocalDate.of(2026, 10, 1),
            false,
            LocalDate.of(2026, 10, 2),
            false,
            LocalDate.of(2026, 10, 5),
            false,
            LocalDate.of(2026, 10, 6),
            false,
            LocalDate.of(2026, 10, 7),
            false,
            LocalDate.of(2026, 10, 10),
            true));

    @Test
    void workingDaysSkipWeekendsAndHolidaysAndCountMakeUpDays() {
        // Wednesday 30 September + 1 working day: 1-7 October are off, so Thursday 8 October.
        assertThat(OCTOBER.add(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        // + 3: 8 (Thu), 9 (Fri), 10 (Saturday, a make-up working day).
        assertThat(OCTOBER.add(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        // An ordinary week: Friday + 1 is Monday.
        assertThat(OCTOBER.add(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(OCTOBER.count(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 11)))
                .isEqualTo(3);
    }

    GovCase running(LocalDate started, LocalDate due) {
        GovCase c =
                new GovCase("GZT", CaseSource.SNAPSHOT, CaseCategory.OTHER, "x", null, null, null, null, false, "t");
        c.moveTo(CaseStatus.ASSIGNED);
        c.schedule(started, due);
        ReflectionTestUtils.setField(c, "id", 1L);
        return c;
    }

    @Test
    void theTrafficLightTurnsYellowAt80PercentAndRedWhenOverdue() {
        WorkingDays.Calendar plain = new WorkingDays.Calendar(Map.of());
        GovCase c = running(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16));
        // Monday 2 November, due Monday 16 November (10 working days). By Wednesday 11 November 7 are used
        // (70 %): green; by Friday 13 November 9 (90 %): yellow; after the due date: red.
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 3))).isEqualTo(TrafficLight.GREEN);
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 11))).isEqualTo(TrafficLight.GREEN);
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 13))).isEqualTo(TrafficLight.YELLOW);
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 16))).isEqualTo(TrafficLight.YELLOW);
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 17))).isEqualTo(TrafficLight.RED);
        c.moveTo(CaseStatus.RESOLVED);
        assertThat(CaseDeadlines.light(c, plain, LocalDate.of(2026, 11, 17))).isEqualTo(TrafficLight.NONE);
    }

    @Test
    void theStateMachineRefusesInvalidTransitions() {
        assertThat(CaseWorkflow.check(CaseStatus.SUBMITTED, CaseAction.ACCEPT)).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(CaseWorkflow.check(CaseStatus.ACCEPTED, CaseAction.ASSIGN)).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(CaseWorkflow.check(CaseStatus.IN_PROGRESS, CaseAction.RETURN))
                .isEqualTo(CaseStatus.ACCEPTED);
        assertThat(CaseWorkflow.check(CaseStatus.RESOLVED, CaseAction.VERIFY)).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseWorkflow.check(CaseStatus.CLOSED, CaseAction.REOPEN)).isEqualTo(CaseStatus.ACCEPTED);
        for (CaseStatus s :
                new CaseStatus[] {CaseStatus.SUBMITTED, CaseStatus.ACCEPTED, CaseStatus.REJECTED, CaseStatus.CLOSED}) {
            assertThatThrownBy(() -> CaseWorkflow.check(s, CaseAction.RESOLVE)).isInstanceOf(FieldRuleException.class);
        }
        assertThatThrownBy(() -> CaseWorkflow.check(CaseStatus.REJECTED, CaseAction.ACCEPT))
                .isInstanceOf(FieldRuleException.class);
        assertThatThrownBy(() -> CaseWorkflow.check(CaseStatus.SUBMITTED, CaseAction.VERIFY))
                .isInstanceOf(FieldRuleException.class);
    }

    static byte[] chunk(String fourcc, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return b.array();
    }

    @Test
    void webpLosesItsExifAndXmpChunksAndKeepsTheImage() throws Exception {
        byte[] vp8x = new byte[10];
        vp8x[0] = 0x0C; // EXIF and XMP flags set
        byte[] image = new byte[] {1, 2, 3, 4, 5, 6, 7};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("WEBP".getBytes(StandardCharsets.US_ASCII));
        body.write(chunk("VP8X", vp8x));
        body.write(chunk("VP8 ", image));
        body.write(chunk("EXIF", "GPSLatitude 41.11".getBytes(StandardCharsets.US_ASCII)));
        body.write(chunk("XMP ", "<x:xmpmeta/>".getBytes(StandardCharsets.US_ASCII)));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("RIFF".getBytes(StandardCharsets.US_ASCII));
        file.write(ByteBuffer.allocate(4)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(body.size())
                .array());
        file.write(body.toByteArray());

        CleanPhoto clean = Photos.clean("photos", file.toByteArray());
        assertThat(clean.contentType()).isEqualTo("image/webp");
        String text = new String(clean.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(text).contains("VP8X", "VP8 ").doesNotContain("EXIF", "GPSLatitude", "XMP ");
        assertThat(clean.bytes()[20] & 0x0C).isZero();
        assertThat(ByteBuffer.wrap(clean.bytes()).order(ByteOrder.LITTLE_ENDIAN).getInt(4))
                .isEqualTo(clean.bytes().length - 8);
    }

    @Test
    void pngAndJpegAreReencodedAndOtherContentIsRefused() throws Exception {
        assertThat(Photos.clean("photos", CaseFixtures.image("png")).contentType())
                .isEqualTo("image/png");
        assertThat(Photos.clean("photos", CaseFixtures.jpegWithExif()).contentType())
                .isEqualTo("image/jpeg");
        assertThatThrownBy(() -> Photos.clean("photos", "GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(FieldRuleException.class)
                .hasMessageContaining("case.error.photoType");
        assertThatThrownBy(() -> Photos.clean("photos", "RIFF\0\0\0\0WEBPjunk".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(FieldRuleException.class);
    }
}
