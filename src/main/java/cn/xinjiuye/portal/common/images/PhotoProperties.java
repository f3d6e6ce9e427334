package cn.xinjiuye.portal.common.images;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the photo cleaner (portal.photos.*): the largest picture in pixels (read from the header, before any
 * decoding), how many photos are decoded at once, and how long an upload waits for its turn before it is refused.
 */
@ConfigurationProperties("portal.photos")
public record PhotoProperties(Long maxPixels, Integer concurrentDecodes, Duration decodeWait) {

    public PhotoProperties {
        if (maxPixels == null || maxPixels <= 0) {
            maxPixels = 40_000_000L;
        }
        if (concurrentDecodes == null || concurrentDecodes <= 0) {
            concurrentDecodes = 2;
        }
        if (decodeWait == null || decodeWait.isNegative()) {
            decodeWait = Duration.ofSeconds(10);
        }
    }

    /** The limit in megapixels, as the English message says it (the Chinese one counts in 万). */
    public long maxMegapixels() {
        return maxPixels / 1_000_000;
    }
}
