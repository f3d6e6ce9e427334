package cn.xinjiuye.portal.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/**
 * Photos for tests, made here byte by byte so each test shows what it feeds the cleaner: a picture whose left half
 * is red (to see which way it was turned), EXIF with an orientation and a GPS position, bytes appended after the
 * image data, WebP files with extra chunks, and a PNG "decompression bomb" (tiny file, huge picture).
 */
public final class TestImages {

    /** 40 × 30, left half red, right half white, lossless (made with cwebp 1.2.4). */
    private static final String WEBP_LOSSLESS = "UklGRigAAABXRUJQVlA4TBwAAAAvJ0AHAA8w//M///MfWhASEP6v9cADOaL/AdYQ";

    /** The same picture, lossy (cwebp -q 90). */
    private static final String WEBP_LOSSY =
            "UklGRnwAAABXRUJQVlA4IHAAAACwBACdASooAB4APjEUiEKiISEYBAAgAwSgDPGoB+AH7Af1WlAVf"
                    + "/uAAGD/+vkAAP73opf/16GUdHn8Gf//hZhXOlH//CzP/Li//941X/95n/+8XGivsZAdhcj2MgFB6P7Rv99+/8ED7Rv93AENMgAA";

    private TestImages() {}

    /** A picture of the given size whose left half is red and right half white. */
    public static BufferedImage halfRed(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        return img;
    }

    /** {@link #halfRed} encoded by the JDK as "jpg" or "png". */
    public static byte[] encoded(String format, int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(halfRed(width, height), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Whether the pixel is clearly red (JPEG blurs colours a little). */
    public static boolean isRed(BufferedImage img, int x, int y) {
        Color c = new Color(img.getRGB(x, y));
        return c.getRed() > 200 && c.getGreen() < 80 && c.getBlue() < 80;
    }

    /**
     * The JPEG with an APP1 EXIF segment right after SOI: IFD0 with the orientation and a pointer to a GPS IFD
     * holding latitude N 41° 6' 40" (a big-endian TIFF structure as a phone writes it).
     */
    public static byte[] jpegWithExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(92).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries, then no next IFD.
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        // GPS IFD at 38: GPSLatitudeRef "N" and GPSLatitude (three rationals at 68).
        tiff.putShort((short) 2);
        tiff.putShort((short) 1)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.putInt(41).putInt(1).putInt(6).putInt(1).putInt(40).putInt(1);
        return withApp1(jpeg, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array()));
    }

    /** The JPEG with an APP1 segment of the given payload right after SOI, where cameras put EXIF. */
    public static byte[] withApp1(byte[] jpeg, byte[] payload) {
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((length >> 8) & 0xff);
        out.write(length & 0xff);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The JPEG with its frame header (SOF0) claiming another size: a decoder would allocate for that size. */
    public static byte[] jpegClaiming(byte[] jpeg, int width, int height) {
        byte[] b = jpeg.clone();
        for (int i = 2; i + 8 < b.length; i++) {
            if ((b[i] & 0xff) == 0xFF && (b[i + 1] & 0xff) == 0xC0) {
                b[i + 5] = (byte) (height >> 8);
                b[i + 6] = (byte) height;
                b[i + 7] = (byte) (width >> 8);
                b[i + 8] = (byte) width;
                return b;
            }
        }
        throw new IllegalArgumentException("no SOF0 segment");
    }

    public static byte[] webpLossless() {
        return Base64.getDecoder().decode(WEBP_LOSSLESS);
    }

    public static byte[] webpLossy() {
        return Base64.getDecoder().decode(WEBP_LOSSY);
    }

    /** The WebP with more RIFF chunks after its image: an EXIF chunk with a GPS text and one holding HTML. */
    public static byte[] webpWithExtraChunks(byte[] webp) {
        byte[] exif = riffChunk("EXIF", "GPSLatitude 41.11".getBytes(StandardCharsets.US_ASCII));
        byte[] html = riffChunk("HTML", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
        byte[] all = concat(concat(webp, exif), html);
        ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN).putInt(4, all.length - 8);
        return all;
    }

    /**
     * A valid 1-bit grey PNG of the given size whose rows are all zero: a few tens of KB for 20,000 × 20,000
     * pixels, which a decoder would unpack into hundreds of MB.
     */
    public static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 1).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        out.writeBytes(pngChunk("IHDR", ihdr.array()));
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + (width + 7) / 8];
        byte[] buf = new byte[64 * 1024];
        for (int y = 0; y < height; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buf, 0, deflater.deflate(buf));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        out.writeBytes(pngChunk("IDAT", idat.toByteArray()));
        out.writeBytes(pngChunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static byte[] riffChunk(String fourcc, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(fourcc.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return b.array();
    }

    private static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }
}
