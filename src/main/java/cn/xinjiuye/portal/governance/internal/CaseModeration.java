package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moderation step of the case page: the dispatchers of the case's community decide whether Open311 shows it to
 * readers without a key (公开 / 不公开) and with which text (shortened or redacted). A public text holding a phone
 * number is refused, so a resident's number cannot be published by mistake.
 */
@Service
@RequiredArgsConstructor
public class CaseModeration {

    private final CaseAccessPolicy policy;

    @Transactional
    public void publish(long id, long version, boolean visible, String text) {
        CaseAccessPolicy.Staff staff = policy.staff();
        GovCase c = policy.visible(staff, id);
        c.checkVersion(version);
        if (!policy.mayModerate(staff, c)) {
            throw new AccessDeniedException("only the case's dispatchers moderate it");
        }
        String publicText = CaseFiling.blankToNull(text);
        if (visible && publicText == null) {
            throw new FieldRuleException("publicText", "case.public.error.empty");
        }
        if (publicText != null && publicText.length() > 1000) {
            throw new FieldRuleException("publicText", "case.error.tooLong");
        }
        if (visible && PublicText.hasPhone(publicText)) {
            throw new FieldRuleException("publicText", "case.public.error.phone");
        }
        c.publish(visible, publicText);
    }
}
