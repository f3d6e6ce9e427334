package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.CreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/** Help given to a claimed household: when, what, worth how much, by whom. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class AidHelp extends CreatedEntity implements Audited {

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
