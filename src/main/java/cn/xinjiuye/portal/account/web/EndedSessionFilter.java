package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.AccountSessions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that comes back with a session that was ended (account disabled, role changed, …) lands on the sign-in
 * page with the reason, once; without this it would only see the sign-in page, or a 403 for a form's lost CSRF token.
 * Runs right after Spring Session's filter, which knows the requested session id, and before Spring Security.
 */
@RequiredArgsConstructor
class EndedSessionFilter extends OncePerRequestFilter {

    private final AccountSessions sessions;

    /** Registered here rather than as a Filter bean, so controller slices (which take every Filter) do without it. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<EndedSessionFilter> endedSessionFilter(AccountSessions sessions) {
            FilterRegistrationBean<EndedSessionFilter> registration =
                    new FilterRegistrationBean<>(new EndedSessionFilter(sessions));
            registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requested = request.getRequestedSessionId();
        if (requested != null && !request.isRequestedSessionIdValid()) {
            Optional<String> reason = sessions.takeReason(requested).map(Enum::name);
            if (reason.isPresent()) {
                response.sendRedirect(request.getContextPath() + "/login?ended=" + reason.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
