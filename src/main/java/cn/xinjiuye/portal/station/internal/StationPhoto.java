package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;

/** A station's photo, kept apart from the station so lists never load the bytes. */
@Entity
@Table(name = "station_photo")
@Getter
public class StationPhoto {

    @Id
    @Getter(AccessLevel.NONE)
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
}
