package cn.xinjiuye.portal.common.images;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

/**
 * The EXIF orientation of a photo (a phone stores a portrait photo sideways with a tag saying so) and the pixels
 * turned upright, since the tag itself is dropped with the rest of the metadata.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private ExifOrientation() {}

    /** The orientation tag (1 to 8) read by metadata-extractor; upright when there is none or it cannot be read. */
    static int of(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int o = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return o >= 1 && o <= 8 ? o : UPRIGHT;
            }
        } catch (Exception unreadableMetadata) {
            // Metadata is dropped anyway; a photo with broken EXIF is shown as stored.
        }
        return UPRIGHT;
    }

    /**
     * A new image of the given type (RGB or ARGB), upright. RGB gets a white background, so transparent pixels of
     * a PNG or WebP stored as JPEG turn white instead of black.
     */
    static BufferedImage upright(BufferedImage src, int orientation, int imageType) {
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swaps = orientation >= 5;
        BufferedImage out = new BufferedImage(swaps ? h : w, swaps ? w : h, imageType);
        Graphics2D g = out.createGraphics();
        try {
            if (imageType == BufferedImage.TYPE_INT_RGB) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, out.getWidth(), out.getHeight());
            } else {
                g.setComposite(AlphaComposite.Src);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(src, transform(orientation, w, h), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Where a source pixel (x, y) goes: x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12 (EXIF 2.32, 4.6.4). */
    private static AffineTransform transform(int orientation, int w, int h) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // turned 90° clockwise to be upright
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w); // turned 90° counter-clockwise to be upright
            default -> new AffineTransform();
        };
    }
}
