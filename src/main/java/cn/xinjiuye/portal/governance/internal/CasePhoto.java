package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo of a case (the report's, or the department's after resolving), metadata stripped. */
@Entity
@Table(name = "case_photo")
public class CasePhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long caseId;

    private String kind;

    private String contentType;

    private byte[] bytes;

    private Instant uploadedAt;

    protected CasePhoto() {}

    CasePhoto(long caseId, String kind, CleanPhoto photo) {
        this.caseId = caseId;
        this.kind = kind;
        this.contentType = photo.contentType();
        this.bytes = photo.bytes();
        this.uploadedAt = PortalTime.now();
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getKind() {
        return kind;
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
