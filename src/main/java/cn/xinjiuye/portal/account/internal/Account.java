package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.persistence.VersionedCreatedEntity;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.region.Region;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;

/** Someone who signs in: staff bound to a region, an administrator, or a self-registered worker. */
@Entity
@EntityListeners(AuditListener.class)
@Getter
public class Account extends VersionedCreatedEntity implements Audited {

    private String username;
    private String displayName;
    private String phone;

    @Getter(AccessLevel.PACKAGE)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    private Region region;

    @Enumerated(EnumType.STRING)
    private Occupation occupation;

    /** The employer a worker names on their profile, as they name it. */
    private String employerName;

    @Setter(AccessLevel.PACKAGE)
    private boolean enabled = true;

    private boolean mustChangePassword;

    protected Account() {}

    Account(
            String username,
            String displayName,
            String phone,
            String passwordHash,
            Role role,
            Region region,
            Occupation occupation,
            boolean mustChangePassword) {
        this.username = username;
        this.displayName = displayName;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.role = role;
        this.region = region;
        this.occupation = occupation;
        this.mustChangePassword = mustChangePassword;
    }

    void edit(String displayName, String phone, Role role, Region region) {
        this.displayName = displayName;
        this.phone = phone;
        this.role = role;
        this.region = region;
    }

    /** A worker's own profile. */
    void editProfile(String displayName, Occupation occupation, String employerName) {
        this.displayName = displayName;
        this.occupation = occupation;
        this.employerName = employerName;
    }

    /** A worker's number is their user name: both change together. */
    void changeWorkerPhone(String phone) {
        this.username = phone;
        this.phone = phone;
    }

    void changePassword(String passwordHash, boolean mustChangePassword) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    @Override
    public String auditSummary() {
        return username + " " + role + (region == null ? "" : " region=" + region.getCode())
                + (enabled ? "" : " disabled") + (mustChangePassword ? " must-change-password" : "");
    }
}
