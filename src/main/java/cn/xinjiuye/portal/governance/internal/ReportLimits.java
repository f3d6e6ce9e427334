package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.limits.RateLimiter;
import cn.xinjiuye.portal.common.security.CurrentUser;
import java.time.Duration;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many reports the reporting page takes in an hour: anonymous ones per phone and per address
 * ({@code portal.governance.anonymous-per-hour}), those of signed-in workers per account and per address
 * ({@code portal.limits.reports.*}); staff filing for someone else are not limited. Each report is counted by the
 * atomic {@link RateLimiter} before anything is decoded or written, so parallel reports cannot overshoot a limit.
 */
@Component
@RequiredArgsConstructor
class ReportLimits {

    static final String PHONE = "report-phone";
    static final String ANONYMOUS_ADDRESS = "report-anon-address";
    static final String ACCOUNT = "report-account";
    static final String ADDRESS = "report-address";
    static final Duration HOUR = Duration.ofHours(1);

    private final RateLimiter limiter;
    private final CaseAccessPolicy policy;

    @Value("${portal.governance.anonymous-per-hour:5}")
    private final int anonymousPerHour;

    @Value("${portal.limits.reports.per-account-per-hour:10}")
    private final int perAccount;

    @Value("${portal.limits.reports.per-address-per-hour:30}")
    private final int perAddress;

    /**
     * Counts one report of {@code user} (empty: anonymous, who must give a phone); a form error when a limit of the
     * hour is used up. Must run outside a transaction: each count commits on its own connection.
     */
    void count(Optional<CurrentUser> user, String phone, String remoteAddr) {
        String addr = remoteAddr == null ? "" : remoteAddr;
        if (user.isEmpty()) {
            if (phone == null) {
                throw new FieldRuleException("phone", "case.error.phoneRequired");
            }
            if (!limiter.tryAcquire(PHONE, phone, anonymousPerHour, HOUR)
                    || !limiter.tryAcquire(ANONYMOUS_ADDRESS, addr, anonymousPerHour, HOUR)) {
                throw new FieldRuleException("phone", "case.error.rateLimited");
            }
        } else if (!policy.filesForOthers(user.get())
                && (!limiter.tryAcquire(ACCOUNT, String.valueOf(user.get().id()), perAccount, HOUR)
                        || !limiter.tryAcquire(ADDRESS, addr, perAddress, HOUR))) {
            // A worker's form has no phone field: the message goes above the form.
            throw new FieldRuleException("", "case.error.rateLimited");
        }
    }
}
