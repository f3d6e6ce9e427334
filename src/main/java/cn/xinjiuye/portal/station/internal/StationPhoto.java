package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;

/** A station's photo, kept apart from the station so lists never load the bytes. */
@Entity
@Getter
public class StationPhoto {

    @Id
    @Getter(AccessLevel.NONE)
    private Long stationId;

    private String contentType;

    private byte[] bytes;

    /** The nearby list's small JPEG ({@link StationThumbnail}); null for photos uploaded before thumbnails. */
    private byte[] thumb;

    private Instant uploadedAt;

    protected StationPhoto() {}

    StationPhoto(long stationId, String contentType, byte[] bytes) {
        this.stationId = stationId;
        this.contentType = contentType;
        this.bytes = bytes;
        this.thumb = StationThumbnail.of(bytes);
        this.uploadedAt = PortalTime.now();
    }

    void replace(String contentType, byte[] bytes) {
        this.contentType = contentType;
        this.bytes = bytes;
        this.thumb = StationThumbnail.of(bytes);
        this.uploadedAt = PortalTime.now();
    }

    /** The nearby list's image: the thumbnail, or the photo itself for one uploaded before thumbnails. */
    public record Thumb(String contentType, byte[] bytes) {}
}
