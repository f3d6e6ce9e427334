package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.inbox.Inbox;
import cn.xinjiuye.portal.inbox.Notice;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: administrators manage staff accounts; everyone changes their password. Workers register themselves
 * through {@link Registration}.
 */
@Service
@RequiredArgsConstructor
public class AccountService {

    private static final String TEMP_PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final RegionService regions;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final AccountSessions sessions;
    private final Inbox inbox;

    /** The principal for a sign-in, with the region path that scopes everything the user sees. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> loadForSignIn(String username) {
        return accounts.findByUsername(username == null ? "" : username.trim()).map(AccountService::toCurrentUser);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<AccountRow> search(AccountFilter filter, Pageable pageable) {
        return accounts.search(filter.query(), filter.role(), filter.enabled(), pageable);
    }

    /** An account's page; 404 when there is none. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public AccountView view(long id) {
        return accounts.view(id).orElseThrow(() -> new NotFoundException("account " + id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
    }

    /** Creates a staff account; the initial password must be changed at the first sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account create(
            String username, String displayName, String phone, Role role, String regionCode, String initialPassword) {
        return save(
                new NewAccount(username, displayName, phone, role, regionCode, null),
                passwordEncoder.encode(initialPassword),
                true);
    }

    /**
     * Demo mode only ({@link cn.xinjiuye.portal.account.DemoAccounts}): an account with the demo's password (its hash,
     * computed once for all), which the README prints, so it is not to be changed at the first sign-in.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account createForDemo(NewAccount account, String hash) {
        return save(account, hash, false);
    }

    private Account save(NewAccount a, String passwordHash, boolean mustChangePassword) {
        if (accounts.usernameTaken(a.username().trim())) {
            throw new FieldRuleException("username", "account.error.usernameTaken");
        }
        String normalizedPhone = blankToNull(a.phone());
        if (normalizedPhone != null && accounts.existsByPhone(normalizedPhone)) {
            throw new FieldRuleException("phone", "account.error.phoneTaken");
        }
        Region region = regionFor(a.role(), a.regionCode());
        return accounts.save(new Account(
                a.username().trim(),
                a.displayName().trim(),
                normalizedPhone,
                passwordHash,
                a.role(),
                region,
                a.occupation(),
                mustChangePassword));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Account edit(long id, long expectedVersion, String displayName, String phone, Role role, String regionCode) {
        Account account = atVersion(id, expectedVersion);
        String normalizedPhone = blankToNull(phone);
        if (normalizedPhone != null
                && !normalizedPhone.equals(account.getPhone())
                && accounts.existsByPhone(normalizedPhone)) {
            throw new FieldRuleException("phone", "account.error.phoneTaken");
        }
        if (account.getId().equals(CurrentUsers.require().id()) && role != Role.ADMIN) {
            throw new FieldRuleException("role", "account.error.cannotDemoteSelf");
        }
        Role oldRole = account.getRole();
        Long oldRegion =
                account.getRegion() == null ? null : account.getRegion().getId();
        account.edit(displayName.trim(), normalizedPhone, role, regionFor(role, regionCode));
        // A session keeps the role and region it signed in with: end them, so the new scope applies at once.
        if (oldRole != role) {
            sessions.endAll(account.getUsername(), SessionEndReason.ROLE_CHANGED, null);
        } else if (!Objects.equals(
                oldRegion,
                account.getRegion() == null ? null : account.getRegion().getId())) {
            sessions.endAll(account.getUsername(), SessionEndReason.REGION_CHANGED, null);
        }
        inbox.notify(List.of(id), Notice.of("notice.account.changed", "/"));
        return account;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long id, long expectedVersion, boolean enabled) {
        Account account = atVersion(id, expectedVersion);
        if (!enabled && account.getId().equals(CurrentUsers.require().id())) {
            throw new FieldRuleException("enabled", "account.error.cannotDisableSelf");
        }
        account.setEnabled(enabled);
        if (!enabled) {
            sessions.endAll(account.getUsername(), SessionEndReason.DISABLED, null);
        }
    }

    /** Sets a random temporary password, returned once to show the administrator; it must be changed at sign-in. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetPassword(long id, long expectedVersion) {
        Account account = atVersion(id, expectedVersion);
        String temporary = temporaryPassword();
        account.changePassword(passwordEncoder.encode(temporary), true);
        sessions.endAll(account.getUsername(), SessionEndReason.PASSWORD_RESET, null);
        audit.record(AuditAction.PASSWORD_RESET, "Account", id, "password reset for " + account.getUsername());
        inbox.notify(List.of(id), Notice.of("notice.account.passwordReset", "/account/password"));
        return temporary;
    }

    /**
     * Changes the signed-in user's own password and returns the refreshed principal for the session; every other
     * session of the account ends (the one that changed it, {@code ownSessionId}, stays).
     */
    @Transactional
    public CurrentUser changeOwnPassword(String currentPassword, String newPassword, String ownSessionId) {
        CurrentUser user = CurrentUsers.require();
        Account account = accounts.findById(user.id()).orElseThrow(() -> new NotFoundException("account"));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new FieldRuleException("currentPassword", "password.error.currentWrong");
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new FieldRuleException("newPassword", "password.error.sameAsOld");
        }
        account.changePassword(passwordEncoder.encode(newPassword), false);
        sessions.endAll(account.getUsername(), SessionEndReason.PASSWORD_CHANGED, ownSessionId);
        audit.record(AuditAction.PASSWORD_CHANGE, "Account", account.getId(), "password changed by its owner");
        return toCurrentUser(account);
    }

    /**
     * Creates the first administrator when the database has none (production start with PORTAL_ADMIN_USERNAME and
     * PORTAL_ADMIN_PASSWORD set). It must change its password at the first sign-in.
     */
    @Transactional
    public boolean bootstrapAdministrator(String username, String password) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return false;
        }
        accounts.save(new Account(
                username.trim(),
                username.trim(),
                null,
                passwordEncoder.encode(password),
                Role.ADMIN,
                null,
                null,
                true));
        return true;
    }

    private Account atVersion(long id, long expectedVersion) {
        Account account = get(id);
        account.checkVersion(expectedVersion);
        return account;
    }

    private Region regionFor(Role role, String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            if (role == Role.ADMIN || role == Role.WORKER) {
                return null;
            }
            throw new FieldRuleException("regionCode", "account.error.regionRequired");
        }
        Region region = regions.findByCode(regionCode.trim())
                .orElseThrow(() -> new FieldRuleException("regionCode", "account.error.regionUnknown"));
        if (!region.isActive()) {
            throw new FieldRuleException("regionCode", "account.error.regionInactive");
        }
        return region;
    }

    static CurrentUser toCurrentUser(Account a) {
        Region region = a.getRegion();
        return new CurrentUser(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getPasswordHash(),
                a.getRole(),
                region == null ? null : region.getId(),
                region == null ? null : region.getPath(),
                region == null ? null : region.getName(),
                a.isEnabled(),
                a.isMustChangePassword());
    }

    static String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(TEMP_PASSWORD_ALPHABET.charAt(RANDOM.nextInt(TEMP_PASSWORD_ALPHABET.length())));
        }
        // Always satisfies the password rule: at least one letter and one digit.
        return sb.append(RANDOM.nextInt(10)).append('k').toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
