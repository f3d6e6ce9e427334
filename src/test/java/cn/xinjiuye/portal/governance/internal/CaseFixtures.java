package cn.xinjiuye.portal.governance.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.xinjiuye.portal.support.TestImages;
import cn.xinjiuye.portal.support.TestValues;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Test images and unique values for governance tests (values from {@link TestValues}, never from the clock). */
public final class CaseFixtures {

    private CaseFixtures() {}

    static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var g = img.getGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 20, 30);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** A JPEG with an APP1 "Exif" segment holding a fake GPS marker right after SOI. */
    public static byte[] jpegWithExif() throws IOException {
        byte[] jpeg = image("jpg");
        byte[] payload = "Exif\0\0GPSLatitude=41.1111".getBytes(StandardCharsets.ISO_8859_1);
        return TestImages.withApp1(jpeg, payload);
    }

    /** An anonymous fire-safety snapshot from the reporting page, sent from {@code addr}. */
    static MockMultipartHttpServletRequestBuilder anonymousReport(
            long communityId, String phone, String addr, String description) {
        MockMultipartHttpServletRequestBuilder b = snapshot(communityId, phone, description);
        b.with(anonymous()).with(r -> {
            r.setRemoteAddr(addr);
            return r;
        });
        return b;
    }

    /** A fire-safety snapshot from the reporting page, by whoever the test signs in (or nobody). */
    static MockMultipartHttpServletRequestBuilder snapshot(long communityId, String phone, String description) {
        MockMultipartHttpServletRequestBuilder b = multipart("/public/cases/new");
        b.with(csrf())
                .param("source", "SNAPSHOT")
                .param("category", "FIRE_SAFETY")
                .param("description", description)
                .param("lat", "41.1101")
                .param("lng", "122.9901")
                .param("communityId", String.valueOf(communityId))
                .param("phone", phone);
        return b;
    }

    /** The reporter's rating of a case on the public tracking page: the case number and the phone's last four. */
    static MockHttpServletRequestBuilder rating(String caseNo, String phoneTail, String rating) {
        return post("/public/cases/rate")
                .with(csrf())
                .with(anonymous())
                .param("caseNo", caseNo)
                .param("phoneTail", phoneTail)
                .param("rating", rating);
    }

    /** A unique mobile number, for rate limits and tracking. */
    public static String phone() {
        return TestValues.mobile();
    }

    /** A unique remote address. */
    public static String address() {
        return TestValues.address();
    }
}
