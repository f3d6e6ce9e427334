package cn.xinjiuye.portal.station.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The nearby list's thumbnail of a station photo: at most {@link #SIZE} px on the longer side, JPEG at quality 0.75
 * (a few KB on a phone's weak signal), made from the photo already cleaned of metadata.
 */
final class StationThumbnail {

    static final int SIZE = 160;

    private StationThumbnail() {}

    /** The thumbnail, or null when the cleaned photo cannot be read back (the list then shows the photo). */
    static byte[] of(byte[] cleaned) {
        try {
            BufferedImage photo = ImageIO.read(new ByteArrayInputStream(cleaned));
            if (photo == null) {
                return null;
            }
            double scale = Math.min(1.0, (double) SIZE / Math.max(photo.getWidth(), photo.getHeight()));
            int w = Math.max(1, (int) Math.round(photo.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(photo.getHeight() * scale));
            BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE); // a transparent PNG on white, as the list's card
            g.fillRect(0, 0, w, h);
            g.drawImage(photo, 0, 0, w, h, null);
            g.dispose();
            return jpeg(small);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.75f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
