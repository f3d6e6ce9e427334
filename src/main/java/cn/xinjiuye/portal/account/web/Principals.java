package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.common.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The session keeps the principal it signed in with: after a change to the account (a password, a name, a new user
 * name) it is replaced, and saved, since the session lives in the database (a change to the object in memory would
 * be lost, and Spring Session takes the session's principal name from what is saved).
 */
final class Principals {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private Principals() {}

    static void replace(CurrentUser refreshed, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
