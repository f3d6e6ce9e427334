package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.account.PrivacyNotice;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.common.limits.RateLimiter;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A courier who finds their problem already reported nearby follows that case instead of filing it again: with
 * their consent their phone gets the case's SMS ({@link ReporterSms}), as the reporter's does. A signed-in worker
 * follows with their account's phone; anyone else gives one. Limited per address and per phone, so the form cannot
 * be used to send a stranger's phone messages in bulk; each message still offers the opt-out.
 */
@Service
@RequiredArgsConstructor
public class CaseFollowers {

    static final String ADDRESS = "case-follow-address";
    static final String PHONE = "case-follow-phone";
    static final int PER_HOUR = 10;

    private final GovCaseRepository cases;
    private final AccountDirectory accounts;
    private final RateLimiter limiter;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /**
     * {@code phone} (or the signed-in worker's) follows the open case; a field error when consent is missing, the
     * phone is not a mobile number, the case cannot be followed (unknown, rejected or closed) or a limit is used up.
     */
    public void follow(String caseNo, String phone, boolean consent, String remoteAddr) {
        if (!consent) {
            throw new FieldRuleException("smsConsent", "case.follow.error.consent");
        }
        String number = phone == null || phone.isBlank()
                ? CurrentUsers.find().map(this::accountPhone).orElse(null)
                : phone.trim();
        if (number == null || !Phones.isMobile(number)) {
            throw new FieldRuleException("phone", "case.error.phone");
        }
        if (!limiter.tryAcquire(ADDRESS, remoteAddr == null ? "" : remoteAddr, PER_HOUR, Duration.ofHours(1))
                || !limiter.tryAcquire(PHONE, number, PER_HOUR, Duration.ofHours(1))) {
            throw new FieldRuleException("phone", "case.error.rateLimited");
        }
        insert(caseNo, number);
    }

    /** One statement: the case is read by its repository, the row written in auto-commit (no half-written state). */
    private void insert(String caseNo, String number) {
        GovCase c = cases.findByCaseNo(caseNo == null ? "" : caseNo.trim())
                .filter(x -> x.getStatus() != CaseStatus.CLOSED && x.getStatus() != CaseStatus.REJECTED)
                .orElseThrow(() -> new FieldRuleException("caseNo", "case.follow.error.case"));
        jdbc.update(
                "insert into case_follower (case_id, phone, consent_at, consent_version) values (?, ?, ?, ?) "
                        + "on conflict do nothing",
                c.getId(),
                number,
                Timestamp.from(clock.instant()),
                PrivacyNotice.VERSION);
    }

    /** The phones following the case, but the reporter's own. */
    List<String> phones(GovCase c) {
        return jdbc
                .queryForList(
                        "select phone from case_follower where case_id = ? order by consent_at, phone",
                        String.class,
                        c.getId())
                .stream()
                .filter(p -> !p.equals(c.getReporterPhone()))
                .toList();
    }

    private String accountPhone(CurrentUser user) {
        return Optional.of(user)
                .flatMap(u -> accounts.byId(u.id()))
                .map(AccountDirectory.AccountCard::phone)
                .orElse(null);
    }
}
