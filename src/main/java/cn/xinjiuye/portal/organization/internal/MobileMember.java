package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.VersionedCreatedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import lombok.Getter;

/** 流动党员: a member whose membership stays at home, managed by a host branch under a dual-management agreement. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class MobileMember extends VersionedCreatedEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    private PartyOrganization hostBranch;

    private String homeOrgName;

    private String homeOrgRegion;

    private String homeOrgContact;

    private LocalDate agreementSignedOn;

    private int termMonths;

    private boolean returned;

    private LocalDate returnedOn;

    private String returnNote;

    protected MobileMember() {}

    MobileMember(
            Person person,
            PartyOrganization hostBranch,
            String homeOrgName,
            String homeOrgRegion,
            String homeOrgContact,
            LocalDate agreementSignedOn,
            int termMonths) {
        this.person = person;
        this.hostBranch = hostBranch;
        this.homeOrgName = homeOrgName;
        this.homeOrgRegion = homeOrgRegion;
        this.homeOrgContact = homeOrgContact;
        this.agreementSignedOn = agreementSignedOn;
        this.termMonths = termMonths;
    }

    void markReturned(LocalDate on, String note) {
        this.returned = true;
        this.returnedOn = on;
        this.returnNote = note;
    }

    public LocalDate agreementEndsOn() {
        return agreementSignedOn.plusMonths(termMonths);
    }

    @Override
    public String auditSummary() {
        return "person " + person.getId() + " host=" + hostBranch.getId() + " home=" + homeOrgName
                + (returned ? " returned " + returnedOn : "");
    }
}
