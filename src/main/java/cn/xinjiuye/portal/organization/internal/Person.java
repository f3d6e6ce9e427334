package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.VersionedCreatedEntity;
import cn.xinjiuye.portal.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * A worker of the new employment groups or a Party member. The ID number is kept only as ciphertext, blind index and
 * masked form (see {@link IdNumberProtector}).
 */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class Person extends VersionedCreatedEntity implements Audited {

    private String name;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate birthDate;

    @Column(name = "id_cipher")
    @Getter(AccessLevel.PACKAGE)
    private byte[] idCipher;

    @Getter(AccessLevel.NONE)
    private String idBlindIndex;

    /** The id of the key that sealed idCipher and idBlindIndex (null: from before key ids). */
    @Getter(AccessLevel.PACKAGE)
    private String idKey;

    private String idMasked;

    private String phone;

    @Enumerated(EnumType.STRING)
    private Occupation occupation;

    @ManyToOne(fetch = FetchType.LAZY)
    private Enterprise enterprise;

    private String employerName;

    @ManyToOne(fetch = FetchType.LAZY)
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    private PartyOrganization branch;

    @Enumerated(EnumType.STRING)
    private PoliticalStatus politicalStatus = PoliticalStatus.MASSES;

    private LocalDate statusSince;

    private boolean twoWayCultivation;

    private String skillTitle;

    protected Person() {}

    Person(String name) {
        this.name = name;
    }

    void update(
            String name,
            Gender gender,
            LocalDate birthDate,
            String phone,
            Occupation occupation,
            Enterprise enterprise,
            String employerName,
            Region region,
            PartyOrganization branch,
            boolean twoWayCultivation,
            String skillTitle) {
        this.name = name;
        this.gender = gender;
        this.birthDate = birthDate;
        this.phone = phone;
        this.occupation = occupation;
        this.enterprise = enterprise;
        this.employerName = employerName;
        this.region = region;
        this.branch = branch;
        this.twoWayCultivation = twoWayCultivation;
        this.skillTitle = skillTitle;
    }

    void protectIdNumber(IdNumberProtector.Sealed sealed, String masked) {
        this.idCipher = sealed.cipher();
        this.idBlindIndex = sealed.blindIndex();
        this.idKey = sealed.keyId();
        this.idMasked = masked;
    }

    void moveTo(PoliticalStatus status, LocalDate since) {
        this.politicalStatus = status;
        this.statusSince = since;
    }

    /** An initial status for imported or demo records whose earlier steps are not on file. */
    void startAt(PoliticalStatus status, LocalDate since) {
        moveTo(status, since);
    }

    void assignBranch(PartyOrganization branch) {
        this.branch = branch;
    }

    /** The employer's name: the enterprise on file, or the name typed. */
    public String employer() {
        return enterprise != null ? enterprise.getName() : employerName;
    }

    @Override
    public String auditSummary() {
        return name + " id=" + idMasked + " status=" + politicalStatus;
    }
}
