package cn.xinjiuye.portal.common.images;

import static cn.xinjiuye.portal.support.TestImages.concat;
import static cn.xinjiuye.portal.support.TestImages.contains;
import static cn.xinjiuye.portal.support.TestImages.decode;
import static cn.xinjiuye.portal.support.TestImages.encoded;
import static cn.xinjiuye.portal.support.TestImages.isRed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.support.TestImages;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shared photo cleaner on photos made in the test: orientation, metadata, appended bytes, WebP, pixel bombs. */
class PhotoCleanerTest {

    private final PhotoCleaner cleaner = new PhotoCleaner(new PhotoProperties(null, null, null));

    @Test
    void aPortraitPhotoIsTurnedUprightAndLosesItsExifAndGps() throws Exception {
        byte[] sent = TestImages.jpegWithExif(encoded("jpg", 40, 30), 6);
        Metadata before = metadata(sent);
        assertThat(before.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION))
                .isEqualTo(6);
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class).containsTag(GpsDirectory.TAG_LATITUDE))
                .isTrue();

        CleanImage clean = cleaner.clean("photo", sent);

        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        BufferedImage upright = decode(clean.bytes());
        // Orientation 6: turned 90° clockwise, so the red left half is now the top half.
        assertThat(upright.getWidth()).isEqualTo(30);
        assertThat(upright.getHeight()).isEqualTo(40);
        assertThat(isRed(upright, 15, 5)).isTrue();
        assertThat(isRed(upright, 15, 35)).isFalse();
        Metadata after = metadata(clean.bytes());
        assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(contains(clean.bytes(), "Exif")).isFalse();
    }

    @Test
    void eachOrientationEndsWithTheRedHalfWhereTheTagSays() throws Exception {
        // Orientation 8 (90° counter-clockwise): the red left half goes to the bottom; 3 (180°): to the right.
        BufferedImage eight = decode(cleaner.clean("photo", TestImages.jpegWithExif(encoded("jpg", 40, 30), 8))
                .bytes());
        assertThat(eight.getWidth()).isEqualTo(30);
        assertThat(isRed(eight, 15, 35)).isTrue();
        assertThat(isRed(eight, 15, 5)).isFalse();
        BufferedImage three = decode(cleaner.clean("photo", TestImages.jpegWithExif(encoded("jpg", 40, 30), 3))
                .bytes());
        assertThat(three.getWidth()).isEqualTo(40);
        assertThat(isRed(three, 35, 15)).isTrue();
        assertThat(isRed(three, 5, 15)).isFalse();
    }

    @Test
    void nothingAppendedAfterTheImageDataSurvives() throws Exception {
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.US_ASCII);
        for (String format : new String[] {"jpg", "png"}) {
            byte[] sent = concat(encoded(format, 40, 30), html);
            CleanImage clean = cleaner.clean("photo", sent);
            assertThat(clean.contentType()).isEqualTo(format.equals("png") ? "image/png" : "image/jpeg");
            assertThat(contains(clean.bytes(), "<html")).as(format).isFalse();
            assertThat(contains(clean.bytes(), "script")).as(format).isFalse();
            assertThat(decode(clean.bytes()).getWidth()).isEqualTo(40);
        }
    }

    @Test
    void webpIsReadByTwelveMonkeysAndStoredAsJpegWithoutItsExtraChunks() throws Exception {
        for (byte[] webp : new byte[][] {TestImages.webpLossless(), TestImages.webpLossy()}) {
            byte[] sent = TestImages.webpWithExtraChunks(webp);
            assertThat(contains(sent, "GPSLatitude")).isTrue();

            CleanImage clean = cleaner.clean("photo", sent);

            assertThat(clean.contentType()).isEqualTo("image/jpeg");
            assertThat(clean.bytes()[0] & 0xff).isEqualTo(0xFF);
            assertThat(clean.bytes()[1] & 0xff).isEqualTo(0xD8);
            assertThat(contains(clean.bytes(), "GPSLatitude")).isFalse();
            assertThat(contains(clean.bytes(), "<html")).isFalse();
            assertThat(contains(clean.bytes(), "RIFF")).isFalse();
            BufferedImage image = decode(clean.bytes());
            assertThat(image.getWidth()).isEqualTo(40);
            assertThat(image.getHeight()).isEqualTo(30);
            assertThat(isRed(image, 5, 15)).isTrue();
            assertThat(isRed(image, 35, 15)).isFalse();
        }
    }

    @Test
    void aPixelBombIsRefusedFromItsHeaderInWellUnderASecond() {
        byte[] bomb = TestImages.pngBomb(20_000, 20_000);
        assertThat(bomb.length).isLessThan(PhotoCleaner.MAX_BYTES);
        long start = System.nanoTime();
        assertThatThrownBy(() -> cleaner.clean("photos", bomb)).isInstanceOfSatisfying(FieldRuleException.class, e -> {
            assertThat(e.field()).isEqualTo("photos");
            assertThat(e.messageKey()).isEqualTo("photo.error.pixels");
            assertThat(e.args()).containsExactly(20_000L, 20_000L, 40L, 4000L);
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        // A small JPEG whose frame header claims 20,000 × 20,000 is refused the same way.
        byte[] lyingJpeg = TestImages.jpegClaiming(encoded("jpg", 40, 30), 20_000, 20_000);
        assertThatThrownBy(() -> cleaner.clean("photo", lyingJpeg))
                .isInstanceOfSatisfying(
                        FieldRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("photo.error.pixels"));
    }

    @Test
    void thePixelLimitIsASetting() {
        PhotoCleaner strict = new PhotoCleaner(new PhotoProperties(1_000L, null, null));
        assertThatThrownBy(() -> strict.clean("photo", encoded("png", 40, 30)))
                .isInstanceOfSatisfying(
                        FieldRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("photo.error.pixels"));
        assertThat(strict.clean("photo", encoded("png", 40, 25)).contentType()).isEqualTo("image/png");
    }

    @Test
    void whenEveryDecodeIsTakenTheUploadIsRefusedAsBusyAfterItsWait() throws Exception {
        PhotoCleaner one = new PhotoCleaner(new PhotoProperties(null, 1, Duration.ofMillis(50)));
        one.decodes.acquire();
        try {
            assertThatThrownBy(() -> one.clean("photo", encoded("png", 40, 30)))
                    .isInstanceOfSatisfying(
                            FieldRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("photo.error.busy"));
        } finally {
            one.decodes.release();
        }
        assertThat(one.clean("photo", encoded("png", 40, 30)).contentType()).isEqualTo("image/png");
    }

    @Test
    void anythingElseIsRefusedWithAFieldError() {
        assertRefused("GIF89a....".getBytes(StandardCharsets.US_ASCII), "photo.error.type");
        assertRefused("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII), "photo.error.type");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13}, "photo.error.type");
        assertRefused("RIFF\0\0\0\0WEBPjunk".getBytes(StandardCharsets.ISO_8859_1), "photo.error.type");
        byte[] jpeg = encoded("jpg", 40, 30);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 20);
        assertRefused(truncated, "photo.error.type");
        assertRefused(new byte[PhotoCleaner.MAX_BYTES + 1], "photo.error.tooLarge");
    }

    private void assertRefused(byte[] bytes, String key) {
        assertThatThrownBy(() -> cleaner.clean("photo", bytes))
                .isInstanceOfSatisfying(
                        FieldRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static Metadata metadata(byte[] bytes) throws Exception {
        return ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
    }
}
