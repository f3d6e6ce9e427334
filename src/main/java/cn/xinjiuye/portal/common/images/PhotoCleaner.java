package cn.xinjiuye.portal.common.images;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.ImageTypes;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one way an uploaded photo (a case's, a station's) is stored: recognized by its first bytes, its size read from
 * the header and refused above {@code portal.photos.max-pixels} before anything is decoded, then decoded (a bounded
 * number at once), turned upright by its EXIF orientation and re-encoded from the pixels alone: JPEG stays JPEG,
 * PNG stays PNG, WebP (read by TwelveMonkeys) becomes JPEG. So no metadata (GPS) and nothing appended to the image
 * data (an HTML page, extra WebP chunks) survives. Every refusal is a {@link FieldRuleException} on the given field.
 */
@Component
public class PhotoCleaner {

    /** Largest upload accepted, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(PhotoCleaner.class);

    private final PhotoProperties limits;
    // Package-private so a test can take every permit and see the "busy" answer.
    final Semaphore decodes;

    PhotoCleaner(PhotoProperties limits) {
        this.limits = limits;
        this.decodes = new Semaphore(limits.concurrentDecodes(), true);
    }

    /** The photo without metadata, upright; or a field error on {@code field}: type, size, pixels or busy. */
    public CleanImage clean(String field, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new FieldRuleException(field, "photo.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String type = ImageTypes.of(bytes).orElseThrow(() -> new FieldRuleException(field, "photo.error.type"));
        ImageReader reader = readerFor(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > limits.maxPixels()) {
                throw new FieldRuleException(
                        field,
                        "photo.error.pixels",
                        width,
                        height,
                        limits.maxMegapixels(),
                        limits.maxPixels() / 10_000);
            }
            return decodeAndEncode(field, reader, type, ExifOrientation.of(bytes));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof FieldRuleException refused) {
                throw refused;
            }
            throw new FieldRuleException(field, "photo.error.type");
        } finally {
            reader.dispose();
        }
    }

    /** Under one of the decode permits; a photo that would exhaust the memory is refused, never a 500. */
    private CleanImage decodeAndEncode(String field, ImageReader reader, String type, int orientation)
            throws IOException {
        acquire(field);
        try {
            BufferedImage decoded = reader.read(0);
            boolean png = "image/png".equals(type);
            int target = png && decoded.getColorModel().hasAlpha()
                    ? BufferedImage.TYPE_INT_ARGB
                    : BufferedImage.TYPE_INT_RGB;
            BufferedImage upright = ExifOrientation.upright(decoded, orientation, target);
            decoded = null; // the original's pixels may go before encoding
            return png
                    ? new CleanImage("image/png", encode(upright, "png"))
                    : new CleanImage("image/jpeg", encode(upright, "jpg"));
        } catch (OutOfMemoryError tooBigForNow) {
            log.warn("A photo could not be decoded in the memory there is: refused");
            throw new FieldRuleException(field, "photo.error.busy");
        } finally {
            decodes.release();
        }
    }

    private void acquire(String field) {
        try {
            if (!decodes.tryAcquire(limits.decodeWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new FieldRuleException(field, "photo.error.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FieldRuleException(field, "photo.error.busy");
        }
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return out.toByteArray();
    }

    static {
        // Registered here, not left to ImageIO's scan of the class path, which may not see TwelveMonkeys from a
        // packaged application's class loader; registering also gives its JPEG reader the JDK's as its delegate.
        IIORegistry registry = IIORegistry.getDefaultInstance();
        registry.registerServiceProvider(new JPEGImageReaderSpi());
        registry.registerServiceProvider(new WebPImageReaderSpi());
    }

    /** TwelveMonkeys for JPEG (CMYK, broken ICC profiles) and WebP, the JDK's reader for PNG. */
    private static ImageReader readerFor(String type) {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        try {
            return switch (type) {
                case "image/jpeg" ->
                    registry.getServiceProviderByClass(JPEGImageReaderSpi.class).createReaderInstance(null);
                case "image/webp" ->
                    registry.getServiceProviderByClass(WebPImageReaderSpi.class).createReaderInstance(null);
                default -> jdkPngReader();
            };
        } catch (IOException e) {
            throw new IllegalStateException("no image reader for " + type, e);
        }
    }

    private static ImageReader jdkPngReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        while (readers.hasNext()) {
            ImageReader r = readers.next();
            if (r.getClass().getName().startsWith("com.sun.imageio.plugins.png")) {
                return r;
            }
            r.dispose();
        }
        throw new IllegalStateException("the JDK's PNG reader is missing");
    }
}
