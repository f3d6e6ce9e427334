package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The full ID number and phone of a person, decrypted for one look: only for the roles of {@link
 * Scope#mayRevealPersonalData}, in their scope, with a reason, and every look is written to the audit log
 * (VIEW_PERSONAL_DATA). Everywhere else the ID number is the masked form stored beside the ciphertext.
 */
@Service
@RequiredArgsConstructor
public class PersonalDataReveal {

    public record Revealed(String idNumber, String phone) {}

    private final PersonService people;
    private final IdNumberProtector protector;
    private final AuditService audit;

    /**
     * The person's page with the full values, or with the reason to ask for when none was given (then nothing is
     * revealed or audited). Refused (403) to the other roles and outside the user's scope.
     */
    @Transactional
    public PersonPage reveal(long id, String reason) {
        CurrentUser user = CurrentUsers.require();
        if (!Scope.mayRevealPersonalData(user)) {
            throw new AccessDeniedException(user.username() + " may not see full personal data");
        }
        Person p = people.get(id);
        PersonPage page = people.page(id);
        if (reason == null || reason.isBlank()) {
            return page.refusing("person.error.reasonRequired");
        }
        audit.record(
                AuditAction.VIEW_PERSONAL_DATA,
                "Person",
                p.getId(),
                "full ID number and phone of " + p.getName() + " viewed; reason: " + reason.trim());
        return page.revealing(new Revealed(protector.decrypt(p.getIdCipher(), p.getIdKey()), p.getPhone()));
    }
}
