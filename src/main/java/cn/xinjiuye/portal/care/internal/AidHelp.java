package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Help given to a claimed household: when, what, worth how much, by whom. */
@Entity
@Table(name = "aid_help")
@EntityListeners(AuditListener.class)
public class AidHelp implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id")
    private AidPackage aidPackage;

    @Column(name = "helped_on")
    private LocalDate helpedOn;

    private String what;

    @Column(name = "value_yuan")
    private BigDecimal valueYuan;

    @Column(name = "given_by")
    private String givenBy;

    @Column(name = "recorded_by_account_id")
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
    public Long getId() {
        return id;
    }

    public LocalDate getHelpedOn() {
        return helpedOn;
    }

    public String getWhat() {
        return what;
    }

    public BigDecimal getValueYuan() {
        return valueYuan;
    }

    public String getGivenBy() {
        return givenBy;
    }

    @Override
    public String auditSummary() {
        return "help for package " + aidPackage.getCode() + " on " + helpedOn + ": " + what + " (" + valueYuan
                + " yuan)";
    }
}
