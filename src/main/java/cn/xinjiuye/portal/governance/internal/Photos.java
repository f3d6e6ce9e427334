package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.ImageTypes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Checks an uploaded photo by its content (magic bytes, at most 5 MB) and strips its metadata: JPEG and PNG are
 * decoded and re-encoded with ImageIO (which writes no EXIF/GPS); WebP, which ImageIO cannot decode here, keeps its
 * image chunks and loses its EXIF and XMP chunks.
 */
public final class Photos {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_COUNT = 3;

    private Photos() {}

    /** The photos given (empty ones left out), at most {@link Photos#MAX_COUNT}, each without its metadata. */
    static List<CleanPhoto> cleanAll(List<byte[]> photoBytes) {
        List<byte[]> given = photoBytes == null
                ? List.of()
                : photoBytes.stream().filter(b -> b != null && b.length > 0).toList();
        if (given.size() > Photos.MAX_COUNT) {
            throw new FieldRuleException("photos", "case.error.photoCount");
        }
        return given.stream().map(b -> Photos.clean("photos", b)).toList();
    }

    /** The cleaned photo, or a field rule violation on the given field. */
    public static CleanPhoto clean(String field, byte[] b) {
        if (b.length > MAX_BYTES) {
            throw new FieldRuleException(field, "case.error.photoTooLarge");
        }
        String type = ImageTypes.of(b).orElseThrow(() -> new FieldRuleException(field, "case.error.photoType"));
        try {
            return switch (type) {
                case "image/jpeg" -> new CleanPhoto(type, reencode(b, "jpg", field));
                case "image/png" -> new CleanPhoto(type, reencode(b, "png", field));
                default -> new CleanPhoto(type, stripWebp(b, field));
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof FieldRuleException f) {
                throw f;
            }
            throw new FieldRuleException(field, "case.error.photoType");
        }
    }

    private static byte[] reencode(byte[] b, String format, String field) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(b));
        if (image == null) {
            throw new FieldRuleException(field, "case.error.photoType");
        }
        if ("jpg".equals(format) && image.getColorModel().hasAlpha()) {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
            image = rgb;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        if (!ImageIO.write(image, format, out)) {
            throw new FieldRuleException(field, "case.error.photoType");
        }
        return out.toByteArray();
    }

    /** Copies the RIFF chunks except EXIF and XMP, clears their flags in VP8X and fixes the RIFF size. */
    static byte[] stripWebp(byte[] b, String field) {
        ByteBuffer in = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 12);
        int pos = 12;
        boolean image = false;
        while (pos + 8 <= b.length) {
            String fourcc = new String(b, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(in.getInt(pos + 4));
            long padded = size + (size & 1);
            if (pos + 8 + size > b.length) {
                throw new FieldRuleException(field, "case.error.photoType");
            }
            if (!fourcc.equals("EXIF") && !fourcc.equals("XMP ")) {
                int start = out.size();
                out.write(b, pos, (int) Math.min(8 + padded, b.length - pos));
                if (fourcc.equals("VP8X")) {
                    byte[] sofar = out.toByteArray();
                    sofar[start + 8] &= (byte) ~0x0C;
                    out.reset();
                    out.write(sofar, 0, sofar.length);
                }
                image |= fourcc.startsWith("VP8") || fourcc.equals("ANIM");
            }
            pos += (int) (8 + padded);
        }
        if (!image) {
            throw new FieldRuleException(field, "case.error.photoType");
        }
        byte[] result = out.toByteArray();
        ByteBuffer.wrap(result).order(ByteOrder.LITTLE_ENDIAN).putInt(4, result.length - 8);
        return result;
    }
}
