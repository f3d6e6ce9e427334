package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.images.CleanImage;
import cn.xinjiuye.portal.common.images.PhotoCleaner;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** A case's photos: at most {@link Photos#MAX_COUNT}, each through the shared {@link PhotoCleaner}. */
@Component
@RequiredArgsConstructor
public class Photos {

    public static final int MAX_COUNT = 3;

    private final PhotoCleaner cleaner;

    /** The photos given (empty ones left out), at most {@link Photos#MAX_COUNT}, each cleaned. */
    List<CleanImage> cleanAll(List<byte[]> photoBytes) {
        List<byte[]> given = photoBytes == null
                ? List.of()
                : photoBytes.stream().filter(b -> b != null && b.length > 0).toList();
        if (given.size() > MAX_COUNT) {
            throw new FieldRuleException("photos", "case.error.photoCount");
        }
        return given.stream().map(b -> cleaner.clean("photos", b)).toList();
    }

    /** One photo (the department's on resolving), or none when nothing was sent. */
    List<CleanImage> cleanOne(String field, byte[] photo) {
        return photo == null || photo.length == 0 ? List.of() : List.of(cleaner.clean(field, photo));
    }
}
