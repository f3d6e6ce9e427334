package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.support.TestValues;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

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
        int len = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((len >> 8) & 0xff);
        out.write(len & 0xff);
        out.write(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
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
