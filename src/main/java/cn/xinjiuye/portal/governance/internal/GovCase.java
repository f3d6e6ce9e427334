package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.VersionedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import cn.xinjiuye.portal.region.Region;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;

/**
 * A governance case (工单): a hazard report, a snapshot or a concern-list item. Filed by {@link CaseFiling}, moved
 * through its workflow only by {@link CaseWorkflowService} and {@link CaseTracking}, which check each action with
 * {@link CaseAccessPolicy} and {@link CaseWorkflow}. Pages read it as view records ({@link CaseView}, {@link
 * CaseRow}), not through this entity.
 */
@Entity
@EntityListeners(AuditListener.class)
public class GovCase extends VersionedEntity implements Audited {

    @Getter
    private String caseNo;

    @Enumerated(EnumType.STRING)
    private CaseSource source;

    @Enumerated(EnumType.STRING)
    @Getter
    private CaseCategory category;

    private String description;
    private Double lat;
    private Double lng;
    private String address;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Getter
    private Region community;

    @Enumerated(EnumType.STRING)
    @Getter
    private CaseStatus status;

    @Getter
    @Setter(AccessLevel.PACKAGE)
    private boolean greenChannel;

    @ManyToOne(fetch = FetchType.LAZY)
    @Getter
    private Department department;

    private Long reporterAccountId;

    private String reporterName;

    @Getter
    private String reporterPhone;

    private String reporterOccupation;

    private String filedBy;

    private String remoteAddr;

    /** The reporter's opt-in to SMS about the case's progress, and the privacy notice's version it was given under. */
    private Instant smsConsentAt;

    private String smsConsentVersion;

    private Long receptionSessionId;

    @Getter
    private LocalDate startedOn;

    @Getter
    private LocalDate dueOn;

    @Getter
    private Integer pendingExtensionDays;

    private String pendingExtensionReason;

    private String rejectReason;

    @Getter
    private String resolutionNote;

    @Enumerated(EnumType.STRING)
    @Getter
    private Rating rating;

    private int reopenCount;

    @Getter
    private Instant submittedAt;

    private Instant acceptedAt;

    private Instant resolvedAt;

    private Instant closedAt;

    /** Read by Open311 without a key, and then only {@link #publicText} (moderation, {@link CaseModeration}). */
    @Getter
    private boolean publicVisible;

    private String publicText;

    private String mediaUrl;

    private String addressId;

    protected GovCase() {}

    GovCase(
            String caseNo,
            CaseSource source,
            CaseCategory category,
            String description,
            Double lat,
            Double lng,
            String address,
            Region community,
            boolean greenChannel,
            String filedBy) {
        this.caseNo = caseNo;
        this.source = source;
        this.category = category;
        this.description = description;
        this.lat = lat;
        this.lng = lng;
        this.address = address;
        this.community = community;
        this.greenChannel = greenChannel;
        this.filedBy = filedBy;
        this.status = CaseStatus.SUBMITTED;
        this.submittedAt = PortalTime.now();
        this.publicText = description;
        this.publicVisible = source != CaseSource.RECEPTION && !PublicText.hasPhone(description);
    }

    /** What a client sent besides the description (GeoReport media_url and address_id). */
    void fromClient(String mediaUrl, String addressId) {
        this.mediaUrl = mediaUrl;
        this.addressId = addressId;
    }

    void publish(boolean visible, String text) {
        this.publicVisible = visible;
        this.publicText = text;
    }

    void reporter(Long accountId, String name, String phone, String occupation, String remoteAddr) {
        this.reporterAccountId = accountId;
        this.reporterName = name;
        this.reporterPhone = phone;
        this.reporterOccupation = occupation;
        this.remoteAddr = remoteAddr;
    }

    void consentToSms(Instant at, String noticeVersion) {
        this.smsConsentAt = at;
        this.smsConsentVersion = noticeVersion;
    }

    boolean hasSmsConsent() {
        return smsConsentAt != null;
    }

    void fromReception(long sessionId) {
        this.receptionSessionId = sessionId;
    }

    boolean isFromReception() {
        return receptionSessionId != null;
    }

    void moveTo(CaseStatus next) {
        this.status = next;
        switch (next) {
            case ACCEPTED -> {
                if (acceptedAt == null) {
                    acceptedAt = PortalTime.now();
                }
            }
            case RESOLVED -> resolvedAt = PortalTime.now();
            case CLOSED -> closedAt = PortalTime.now();
            default -> {}
        }
    }

    void schedule(LocalDate startedOn, LocalDate dueOn) {
        this.startedOn = startedOn;
        this.dueOn = dueOn;
    }

    void assign(Department department) {
        this.department = department;
    }

    void reject(String reason) {
        this.rejectReason = reason;
    }

    void resolve(String note) {
        this.resolutionNote = note;
    }

    void requestExtension(int days, String reason) {
        this.pendingExtensionDays = days;
        this.pendingExtensionReason = reason;
    }

    void clearExtension() {
        this.pendingExtensionDays = null;
        this.pendingExtensionReason = null;
    }

    void extendTo(LocalDate due) {
        this.dueOn = due;
    }

    void rate(Rating rating) {
        this.rating = rating;
    }

    /** Back for a new assignment: the outcome and the department are cleared, the reopening counted. */
    void reopen() {
        this.reopenCount++;
        this.department = null;
        this.rating = null;
        this.resolutionNote = null;
        this.closedAt = null;
        this.resolvedAt = null;
    }

    @Override
    public String auditSummary() {
        return "case " + caseNo + " " + status;
    }
}
