package cn.xinjiuye.portal.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.PortalIntegrationTest;
import cn.xinjiuye.portal.support.TestImages;
import cn.xinjiuye.portal.support.TestValues;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * Case photos through the real reporting page: a pixel bomb files nothing and keeps the form, the per-hour limit is
 * checked before any photo is decoded, and a phone photo is stored upright without its GPS or appended bytes.
 */
@IntegrationTest
public class CasePhotoIntegrationTest extends PortalIntegrationTest {

    MockMultipartHttpServletRequestBuilder report(String phone, String addr, String description) {
        long fukang = jdbc.queryForObject("select id from region where code = '210302011001'", Long.class);
        return CaseFixtures.anonymousReport(fukang, phone, addr, description);
    }

    int filed(String description) {
        return jdbc.queryForObject("select count(*) from gov_case where description = ?", Integer.class, description);
    }

    static MockMultipartFile photo(String name, byte[] bytes) {
        return new MockMultipartFile("photos", name, "image/png", bytes);
    }

    @Test
    void aPixelBombIsRefusedInWellUnderASecondFilesNothingAndKeepsTheForm() throws Exception {
        String description = TestValues.name("像素炸弹 ");
        byte[] bomb = TestImages.pngBomb(20_000, 20_000);
        mvc.perform(report(CaseFixtures.phone(), CaseFixtures.address(), description)
                        .file(photo("ok.png", TestImages.encoded("png", 40, 30)))
                        .file(photo("bomb.png", bomb)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "photos", "photo.error.pixels"))
                .andExpect(content().string(containsString("照片像素过多（20,000 × 20,000），最多 4000 万像素")))
                .andExpect(content().string(containsString(description)));
        assertThat(filed(description)).isZero();
        // Timed once the page has been rendered before (the first request of a fresh context compiles templates).
        long start = System.nanoTime();
        mvc.perform(report(CaseFixtures.phone(), CaseFixtures.address(), description)
                        .file(photo("bomb.png", bomb)))
                .andExpect(model().attributeHasFieldErrorCode("form", "photos", "photo.error.pixels"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(filed(description)).isZero();
    }

    @Test
    void theHourlyLimitIsCheckedBeforeAnyPhotoIsDecoded() throws Exception {
        String phone = CaseFixtures.phone();
        for (int i = 0; i < 5; i++) {
            mvc.perform(report(phone, CaseFixtures.address(), TestValues.name("限流在先 ")))
                    .andExpect(status().is3xxRedirection());
        }
        // Over the limit the bomb is not even looked at: the answer is the limit, not the pixels.
        String description = TestValues.name("限流在先 ");
        mvc.perform(report(phone, CaseFixtures.address(), description)
                        .file(photo("bomb.png", TestImages.pngBomb(20_000, 20_000))))
                .andExpect(model().attributeHasFieldErrorCode("form", "phone", "case.error.rateLimited"))
                .andExpect(content().string(not(containsString("照片像素过多"))));
        assertThat(filed(description)).isZero();
    }

    @Test
    void aPortraitPhoneJpegAndAWebpAreStoredUprightAsJpegWithoutGpsOrAppendedBytes() throws Exception {
        String description = TestValues.name("竖拍照片 ");
        byte[] portrait = TestImages.concat(
                TestImages.jpegWithExif(TestImages.encoded("jpg", 40, 30), 6),
                "<html><script>alert(1)</script></html>".getBytes());
        byte[] webp = TestImages.webpWithExtraChunks(TestImages.webpLossless());
        mvc.perform(report(CaseFixtures.phone(), CaseFixtures.address(), description)
                        .file(new MockMultipartFile("photos", "p.jpg", "image/jpeg", portrait))
                        .file(new MockMultipartFile("photos", "w.webp", "image/webp", webp)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("caseNo"));
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select p.content_type, p.bytes from case_photo p join gov_case c on c.id = p.case_id"
                        + " where c.description = ? order by p.id",
                description);
        assertThat(rows).hasSize(2);
        for (Map<String, Object> row : rows) {
            byte[] stored = (byte[]) row.get("bytes");
            assertThat(row.get("content_type")).isEqualTo("image/jpeg");
            assertThat(TestImages.contains(stored, "Exif")).isFalse();
            assertThat(TestImages.contains(stored, "GPSLatitude")).isFalse();
            assertThat(TestImages.contains(stored, "<html")).isFalse();
        }
        BufferedImage upright = TestImages.decode((byte[]) rows.get(0).get("bytes"));
        assertThat(upright.getWidth()).isEqualTo(30);
        assertThat(TestImages.isRed(upright, 15, 5)).isTrue();
        assertThat(TestImages.decode((byte[]) rows.get(1).get("bytes")).getWidth())
                .isEqualTo(40);
    }
}
