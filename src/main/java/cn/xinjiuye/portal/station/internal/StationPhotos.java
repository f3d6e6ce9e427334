package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.images.CleanImage;
import cn.xinjiuye.portal.common.images.PhotoCleaner;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A station's photo for staff: cleaned by the shared {@link PhotoCleaner} (no metadata, upright, re-encoded), stored
 * in station_photo, scope checked through the station before anything is decoded.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
@RequiredArgsConstructor
public class StationPhotos {

    /** Largest photo accepted. */
    public static final int MAX_PHOTO_BYTES = PhotoCleaner.MAX_BYTES;

    private final StationService stations;
    private final StationPhotoRepository photos;
    private final PhotoCleaner cleaner;
    private final AuditService audit;

    /** Stores a JPEG, PNG or WebP of at most 5 MB (WebP as JPEG), recognized by its bytes, not by its name. */
    @Transactional
    public void save(long id, byte[] bytes) {
        Station station = stations.get(id);
        if (bytes == null || bytes.length == 0) {
            throw new FieldRuleException("photo", "station.error.photoEmpty");
        }
        CleanImage clean = cleaner.clean("photo", bytes);
        String type = clean.contentType();
        photos.findById(station.getId())
                .ifPresentOrElse(
                        p -> p.replace(type, clean.bytes()),
                        () -> photos.save(new StationPhoto(station.getId(), type, clean.bytes())));
        audit.record(
                AuditAction.UPDATE, "Station", id, "photo uploaded (" + type + ", " + clean.bytes().length + " bytes)");
    }

    @Transactional(readOnly = true)
    public Optional<StationPhoto> of(long id) {
        stations.get(id);
        return photos.findById(id);
    }
}
