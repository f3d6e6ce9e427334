package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/** Help given to a claimed household: when, what, worth how much, by whom. */
@Entity
@Table(name = "aid_help")
@EntityListeners(AuditListener.class)
@Getter
public class AidHelp extends IdentifiedEntity implements Audited {

    /** When it was recorded, by the portal's clock (the demo replays its year under a moved clock). */
    @Column(name = "created_at", updatable = false)
    @Getter(AccessLevel.NONE)
    private Instant createdAt = PortalTime.now();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id")
    @Getter(AccessLevel.NONE)
    private AidPackage aidPackage;

    private LocalDate helpedOn;
    private String what;
    private BigDecimal valueYuan;
    private String givenBy;

    @Getter(AccessLevel.NONE)
    private Long recordedByAccountId;

    protected AidHelp() {}

    AidHelp(
            AidPackage aidPackage,
            LocalDate helpedOn,
            String what,
            BigDecimal valueYuan,
            String givenBy,
            long recordedBy) {
        this.aidPackage = aidPackage;
        this.helpedOn = helpedOn;
        this.what = what;
        this.valueYuan = valueYuan;
        this.givenBy = givenBy;
        this.recordedByAccountId = recordedBy;
    }

    @Override
    public String auditSummary() {
        return "help for package " + aidPackage.getCode() + " on " + helpedOn + ": " + what + " (" + valueYuan
                + " yuan)";
    }
}
