package cn.xinjiuye.portal.demo;

import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs a demo step as one of the demo's users, signed in as the sign-in page would sign them in, so that the
 * services check their role and region scope and write their name into the timeline and the audit log.
 */
@Component
@RequiredArgsConstructor
class DemoActors {

    private final UserDetailsService users;

    void as(String username, Runnable action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (username != null) {
            UserDetails user = users.loadUserByUsername(username);
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
