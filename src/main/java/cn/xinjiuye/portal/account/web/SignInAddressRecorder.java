package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.AccountSessionService;
import cn.xinjiuye.portal.common.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps the client address of a sign-in in its session, for the administrator's list of an account's sessions
 * (the sign-in's session id changes next, keeping its attributes).
 */
@Component
class SignInAddressRecorder {

    @EventListener
    void on(AuthenticationSuccessEvent signedIn) {
        if (signedIn.getAuthentication().getPrincipal() instanceof CurrentUser
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            attributes
                    .getRequest()
                    .getSession()
                    .setAttribute(
                            AccountSessionService.ADDRESS_ATTRIBUTE,
                            attributes.getRequest().getRemoteAddr());
        }
    }
}
