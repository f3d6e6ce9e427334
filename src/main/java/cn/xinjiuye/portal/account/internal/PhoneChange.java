package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.account.internal.PhoneCodes.Pending;
import cn.xinjiuye.portal.account.internal.PhoneCodes.Purpose;
import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.inbox.Inbox;
import cn.xinjiuye.portal.inbox.Notice;
import cn.xinjiuye.portal.sms.SmsOutbox;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 更换手机号: a worker's number is their user name, so a new one is proved by a code sent to it, with the limits of
 * every phone code. A number that has an account already is answered exactly as a free one (its owner is told that
 * someone tried, and no code completes the request), so the form tells nobody which numbers are taken. Once
 * confirmed, the account's other sessions end: they signed in under the old name.
 */
@Service
@RequiredArgsConstructor
public class PhoneChange {

    private final AccountRepository accounts;
    private final PhoneCodes codes;
    private final SmsOutbox sms;
    private final AccountSessions sessions;
    private final AuditService audit;
    private final Inbox inbox;
    private final TransactionTemplate tx;

    /** Stores the request and queues its SMS to the new number; returns the verify page's token. */
    public String start(String newPhone, String address) {
        CurrentUser user = WorkerProfile.requireWorker();
        String number = newPhone.trim();
        if (number.equals(user.username())) {
            throw new FieldRuleException("phone", "profile.error.samePhone");
        }
        codes.checkLimits(number, address);
        return tx.execute(s -> request(user.id(), number));
    }

    private String request(long accountId, String number) {
        Pending pending = new Pending(number, accountId, null, null, null);
        return codes.request(
                Purpose.CHANGE_PHONE,
                pending,
                !accounts.numberTaken(number),
                "phone-change-code",
                "phone-change-taken");
    }

    /** The new number of the signed-in worker's own request; 404 for any other token. */
    public String phoneOf(String token) {
        long accountId = WorkerProfile.requireWorker().id();
        return PhoneCodes.token(token)
                .flatMap(t -> codes.phoneOf(t, Purpose.CHANGE_PHONE, accountId))
                .orElseThrow(() -> new NotFoundException("phone change " + token));
    }

    /**
     * Confirms the code (the try committed on its own), changes the number and user name, ends every other session
     * of the account and returns the refreshed principal for the session {@code ownSessionId}, which stays.
     */
    public CurrentUser confirm(String token, String code, String ownSessionId) {
        long accountId = WorkerProfile.requireWorker().id();
        UUID t = PhoneCodes.token(token)
                .filter(own ->
                        codes.phoneOf(own, Purpose.CHANGE_PHONE, accountId).isPresent())
                .orElseThrow(() -> new FieldRuleException("code", "phonecode.error.expired"));
        Pending pending = codes.attempt(t, Purpose.CHANGE_PHONE, code).orRefuse();
        try {
            return tx.execute(s -> change(pending, ownSessionId));
        } catch (DataIntegrityViolationException e) {
            // Registered or claimed at the same moment: the unique user name and phone let one through.
            throw new FieldRuleException("code", "profile.error.phoneTakenMeanwhile");
        }
    }

    private CurrentUser change(Pending pending, String ownSessionId) {
        Account account = accounts.findById(pending.accountId())
                .filter(a -> a.getRole() == Role.WORKER && a.isEnabled())
                .orElseThrow(() -> new FieldRuleException("code", "phonecode.error.expired"));
        if (accounts.numberTaken(pending.phone())) {
            // Only the new number's owner has the code, so saying so reveals nothing.
            throw new FieldRuleException("code", "profile.error.phoneTakenMeanwhile");
        }
        String oldUsername = account.getUsername();
        String oldPhone = account.getPhone();
        account.changeWorkerPhone(pending.phone());
        accounts.flush();
        sessions.endAll(oldUsername, SessionEndReason.PHONE_CHANGED, ownSessionId);
        audit.record(
                AuditAction.PHONE_CHANGE,
                "Account",
                account.getId(),
                "phone and user name changed by its owner with a code sent to the new number");
        inbox.notify(List.of(account.getId()), Notice.of("notice.account.phoneChanged", "/account/profile"));
        if (oldPhone != null) {
            // Someone who took over the session and changed the number is noticed by the old number's owner.
            sms.queue(oldPhone, "phone-changed", Map.of());
        }
        return AccountService.toCurrentUser(account);
    }
}
