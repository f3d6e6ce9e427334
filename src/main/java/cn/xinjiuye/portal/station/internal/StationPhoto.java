package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A station's photo, kept apart from the station so lists never load the bytes. */
@Entity
@Table(name = "station_photo")
public class StationPhoto {

    @Id
    private Long stationId;

    private String contentType;

    private byte[] bytes;

    private Instant uploadedAt;

    protected StationPhoto() {}

    StationPhoto(long stationId, String contentType, byte[] bytes) {
        this.stationId = stationId;
        this.contentType = contentType;
        this.bytes = bytes;
        this.uploadedAt = PortalTime.now();
    }

    void replace(String contentType, byte[] bytes) {
        this.contentType = contentType;
        this.bytes = bytes;
        this.uploadedAt = PortalTime.now();
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
