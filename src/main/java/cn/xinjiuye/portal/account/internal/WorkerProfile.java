package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 我的资料: a signed-in worker edits their own name, occupation and employer. Staff accounts are kept by an
 * administrator, so the page is a worker's only. A phone change goes through {@link PhoneChange}.
 */
@Service
@RequiredArgsConstructor
public class WorkerProfile {

    /** The profile as its form shows it; {@code version} guards against an edit made meanwhile elsewhere. */
    public record ProfileView(
            String displayName, Occupation occupation, String employerName, String phone, long version) {}

    private final AccountRepository accounts;

    @Transactional(readOnly = true)
    public ProfileView view() {
        Account a = own();
        return new ProfileView(
                a.getDisplayName(), a.getOccupation(), a.getEmployerName(), a.getPhone(), a.getVersion());
    }

    /**
     * Saves the profile (a stale version is the 409 page) and returns the refreshed principal, whose name the pages
     * show.
     */
    @Transactional
    public CurrentUser edit(long expectedVersion, String displayName, Occupation occupation, String employerName) {
        Account account = own();
        account.checkVersion(expectedVersion);
        String employer = employerName == null || employerName.isBlank() ? null : employerName.trim();
        account.editProfile(displayName.trim(), occupation, employer);
        return AccountService.toCurrentUser(account);
    }

    private Account own() {
        CurrentUser user = requireWorker();
        return accounts.findById(user.id()).orElseThrow(() -> new NotFoundException("account " + user.id()));
    }

    /** The signed-in user when a worker; 403 for staff. */
    static CurrentUser requireWorker() {
        CurrentUser user = CurrentUsers.require();
        if (user.role() != Role.WORKER) {
            throw new AccessDeniedException("the profile page is a worker's");
        }
        return user;
    }
}
