package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.images.CleanImage;
import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Entity;
import java.time.Instant;
import lombok.Getter;

/** A photo of a case (the report's, or the department's after resolving), metadata stripped. */
@Entity
@Getter
public class CasePhoto extends IdentifiedEntity {

    private Long caseId;

    private String kind;

    private String contentType;

    private byte[] bytes;

    private Instant uploadedAt;

    protected CasePhoto() {}

    CasePhoto(long caseId, String kind, CleanImage photo) {
        this.caseId = caseId;
        this.kind = kind;
        this.contentType = photo.contentType();
        this.bytes = photo.bytes();
        this.uploadedAt = PortalTime.now();
    }
}
