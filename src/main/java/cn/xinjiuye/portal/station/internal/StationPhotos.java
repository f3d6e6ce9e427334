package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.ImageTypes;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A station's photo for staff: checked by its first bytes, stored in station_photo, scope checked through the station. */
@Service
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
public class StationPhotos {

    /** Largest photo accepted. */
    public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    private final StationService stations;
    private final StationPhotoRepository photos;
    private final AuditService audit;

    StationPhotos(StationService stations, StationPhotoRepository photos, AuditService audit) {
        this.stations = stations;
        this.photos = photos;
        this.audit = audit;
    }

    /** Stores a JPEG, PNG or WebP of at most 5 MB, recognized by its first bytes (not by what the browser claims). */
    @Transactional
    public void save(long id, byte[] bytes) {
        Station station = stations.get(id);
        if (bytes == null || bytes.length == 0) {
            throw new FieldRuleException("photo", "station.error.photoEmpty");
        }
        if (bytes.length > MAX_PHOTO_BYTES) {
            throw new FieldRuleException("photo", "station.error.photoTooLarge");
        }
        String type = imageType(bytes).orElseThrow(() -> new FieldRuleException("photo", "station.error.photoType"));
        photos.findById(station.getId())
                .ifPresentOrElse(
                        p -> p.replace(type, bytes), () -> photos.save(new StationPhoto(station.getId(), type, bytes)));
        audit.record(AuditAction.UPDATE, "Station", id, "photo uploaded (" + type + ", " + bytes.length + " bytes)");
    }

    @Transactional(readOnly = true)
    public Optional<StationPhoto> of(long id) {
        stations.get(id);
        return photos.findById(id);
    }

    /** The content type from the magic bytes: JPEG, PNG or WebP; empty for anything else. */
    public static Optional<String> imageType(byte[] b) {
        return ImageTypes.of(b);
    }
}
