package cn.xinjiuye.portal.account;

import cn.xinjiuye.portal.audit.AuditListener;
import cn.xinjiuye.portal.audit.Audited;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Someone who signs in: staff bound to a region, an administrator, or a self-registered worker. */
@Entity
@Table(name = "account")
@EntityListeners(AuditListener.class)
public class Account implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    private String phone;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Enumerated(EnumType.STRING)
    private Occupation occupation;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Version
    private long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Account() {
    }

    Account(String username, String displayName, String phone, String passwordHash, Role role, Region region,
            Occupation occupation, boolean mustChangePassword) {
        this.username = username;
        this.displayName = displayName;
        this.phone = phone;
        this.passwordHash = passwordHash;
        this.role = role;
        this.region = region;
        this.occupation = occupation;
        this.mustChangePassword = mustChangePassword;
        this.updatedAt = Instant.now();
    }

    void edit(String displayName, String phone, Role role, Region region) {
        this.displayName = displayName;
        this.phone = phone;
        this.role = role;
        this.region = region;
    }

    void changePassword(String passwordHash, boolean mustChangePassword) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @PreUpdate
    void touch() {
        this.updatedAt = Instant.now();
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPhone() {
        return phone;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Region getRegion() {
        return region;
    }

    public Occupation getOccupation() {
        return occupation;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String auditSummary() {
        return username + " " + role + (region == null ? "" : " region=" + region.getCode())
                + (enabled ? "" : " disabled") + (mustChangePassword ? " must-change-password" : "");
    }
}
