package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.sms.SmsOutbox;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The reporter's SMS about their case, only with the consent given on the report form: accepted, resolved (with the
 * tracking link and the request to rate it once closed) and closed. Queued in the step's transaction, so a step
 * rolled back sends nothing; a number that opted out gets nothing ({@link SmsOutbox} checks). Couriers who follow
 * the case ({@link CaseFollowers}, with their consent) get the same steps.
 */
@Component
@RequiredArgsConstructor
class ReporterSms {

    private static final Map<CaseAction, String> KINDS = Map.of(
            CaseAction.ACCEPT, "case-accepted",
            CaseAction.RESOLVE, "case-resolved",
            CaseAction.VERIFY, "case-closed");

    /** The same steps for the phones following the case (CaseFollowers). */
    private static final Map<CaseAction, String> FOLLOWER_KINDS = Map.of(
            CaseAction.ACCEPT, "follow-accepted",
            CaseAction.RESOLVE, "follow-resolved",
            CaseAction.VERIFY, "follow-closed");

    private final SmsOutbox outbox;
    private final TrackingLinks links;
    private final CaseFollowers followers;

    /** The message of a step just recorded on the case's timeline, if it has one and the reporter consented. */
    void after(GovCase c, CaseAction action) {
        String kind = KINDS.get(action);
        if (kind == null) {
            return;
        }
        Map<String, String> params = Map.of("caseNo", c.getCaseNo(), "link", links.of(c.getCaseNo()));
        if (c.hasSmsConsent() && c.getReporterPhone() != null) {
            outbox.queue(c.getReporterPhone(), kind, params);
        }
        followers.phones(c).forEach(phone -> outbox.queue(phone, FOLLOWER_KINDS.get(action), params));
    }
}
