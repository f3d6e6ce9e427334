package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.VersionedCreatedEntity;
import cn.xinjiuye.portal.common.time.PortalTime;
import cn.xinjiuye.portal.region.Region;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import lombok.Getter;

/** A difficult-family data package (困难家庭数据包): one household, its needs, and who claimed it. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class AidPackage extends VersionedCreatedEntity implements Audited {

    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Region community;

    private String householdHead;
    private int householdSize;
    private String phone;
    private String address;

    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;

    private String needs;

    @Enumerated(EnumType.STRING)
    private AidStatus status = AidStatus.OPEN;

    @Enumerated(EnumType.STRING)
    private ClaimantKind claimantKind;

    private String claimantName;
    private Long claimedByAccountId;
    private Instant claimedAt;

    protected AidPackage() {}

    AidPackage(String code, Region community, Household household) {
        this.code = code;
        this.community = community;
        edit(household);
    }

    void edit(Household household) {
        this.householdHead = household.head();
        this.householdSize = household.size();
        this.phone = household.phone();
        this.address = household.address();
        this.difficulty = household.difficulty();
        this.needs = household.needs();
    }

    void claim(ClaimantKind kind, String name, long accountId) {
        this.status = AidStatus.CLAIMED;
        this.claimantKind = kind;
        this.claimantName = name;
        this.claimedByAccountId = accountId;
        this.claimedAt = PortalTime.now();
    }

    void release() {
        this.status = AidStatus.OPEN;
        this.claimantKind = null;
        this.claimantName = null;
        this.claimedByAccountId = null;
        this.claimedAt = null;
    }

    void close() {
        this.status = AidStatus.CLOSED;
    }

    /** The head's surname and a star per other character: what lists show (脱敏). */
    public String getPseudonym() {
        return householdHead.isEmpty()
                ? ""
                : householdHead.charAt(0) + "*".repeat(Math.max(1, householdHead.length() - 1));
    }

    @Override
    public String auditSummary() {
        // No name, phone or address in the log: the package code identifies the household.
        return code + " " + status + (claimantName == null ? "" : " claimed by " + claimantKind + " " + claimantName);
    }
}
