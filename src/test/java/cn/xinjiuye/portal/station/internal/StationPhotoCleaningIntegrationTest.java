package cn.xinjiuye.portal.station.internal;

import static cn.xinjiuye.portal.station.internal.StationFixtures.everyDay;
import static cn.xinjiuye.portal.station.internal.StationFixtures.station;
import static cn.xinjiuye.portal.station.internal.StationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.SessionCookies;
import cn.xinjiuye.portal.support.TestImages;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MvcResult;

/** A station's photo through the real upload: a pixel bomb stores nothing, a phone photo is stored clean. */
@IntegrationTest
public class StationPhotoCleaningIntegrationTest extends StationsInDemoCommunities {

    long newStation() {
        return station(jdbc, unique("照片"), "210302011001", 41.11, 122.99, everyDay("24h"), 1, "OPEN");
    }

    MvcResult upload(long id, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/stations/{id}/photo", id)
                        .file(new MockMultipartFile("photo", name, "application/octet-stream", bytes))
                        .with(csrf()))
                .andReturn();
    }

    int storedPhotos(long id) {
        return jdbc.queryForObject("select count(*) from station_photo where station_id = ?", Integer.class, id);
    }

    @Test
    @WithUserDetails("fukang")
    void aPixelBombIsRefusedFastWithAMessageAndNothingIsStored() throws Exception {
        long id = newStation();
        byte[] bomb = TestImages.pngBomb(20_000, 20_000);
        long start = System.nanoTime();
        MvcResult refused = upload(id, "bomb.png", bomb);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(refused.getFlashMap().get("error")).isEqualTo("photo.error.pixels");
        assertThat(storedPhotos(id)).isZero();
        // The station page the redirect leads to says why, with the sizes, in Chinese (the flash message lives in
        // the session, in PostgreSQL: the next request brings its cookie).
        mvc.perform(get("/stations/{id}", id).cookie(SessionCookies.of(refused)))
                .andExpect(content().string(containsString("照片像素过多（20,000 × 20,000），最多 4000 万像素")));
    }

    @Test
    @WithUserDetails("fukang")
    void aPortraitPhoneJpegWithGpsAndAppendedHtmlIsStoredUprightAndClean() throws Exception {
        long id = newStation();
        byte[] sent = TestImages.concat(
                TestImages.jpegWithExif(TestImages.encoded("jpg", 40, 30), 6),
                "<html><script>alert(1)</script></html>".getBytes());
        mvc.perform(multipart("/stations/{id}/photo", id)
                        .file(new MockMultipartFile("photo", "p.jpg", "image/jpeg", sent))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "station.photo.saved"));
        Map<String, Object> row =
                jdbc.queryForMap("select content_type, bytes from station_photo where station_id = ?", id);
        byte[] stored = (byte[]) row.get("bytes");
        assertThat(row.get("content_type")).isEqualTo("image/jpeg");
        assertThat(TestImages.contains(stored, "Exif")).isFalse();
        assertThat(TestImages.contains(stored, "<html")).isFalse();
        BufferedImage upright = TestImages.decode(stored);
        assertThat(upright.getWidth()).isEqualTo(30);
        assertThat(TestImages.isRed(upright, 15, 5)).isTrue();
    }

    @Test
    @WithUserDetails("fukang")
    void aWebpWithExtraChunksIsStoredAsJpeg() throws Exception {
        long id = newStation();
        upload(id, "s.webp", TestImages.webpWithExtraChunks(TestImages.webpLossy()));
        Map<String, Object> row =
                jdbc.queryForMap("select content_type, bytes from station_photo where station_id = ?", id);
        assertThat(row.get("content_type")).isEqualTo("image/jpeg");
        byte[] stored = (byte[]) row.get("bytes");
        assertThat(TestImages.contains(stored, "RIFF")).isFalse();
        assertThat(TestImages.contains(stored, "GPSLatitude")).isFalse();
        mvc.perform(get("/stations/{id}/photo", id)).andExpect(content().contentType("image/jpeg"));
    }
}
