package cn.xinjiuye.portal.config;

import cn.xinjiuye.portal.account.SignInAttempts;
import cn.xinjiuye.portal.account.SignInRefusedException;
import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.common.security.CurrentUser;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.transaction.TransactionException;

/** One filter chain: an explicit list of public paths, everything else signed in; method security on services. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    /** Pages and assets anyone may open: the start page, sign-in, registration, the couriers' public pages, health. */
    static final String[] PUBLIC_PATHS = {
        "/",
        "/login",
        "/register",
        "/register/verify",
        "/password/forgot",
        "/password/reset",
        "/privacy",
        "/css/**",
        "/js/**",
        "/vendor/**",
        "/img/**",
        "/webjars/**",
        "/favicon.ico",
        "/manifest.webmanifest",
        "/sw.js",
        "/public/**",
        "/api/public/**",
        "/api/stations/nearby",
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/open311/v2/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInAttempts attempts, MapProperties map)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                // Open311 clients authenticate with an API key, not a session: no CSRF token there. A courier's
                // anonymous 这里正常吗? answer uses no one's rights (limited per device and address instead), and a
                // token would give every visitor of a station page a session.
                .csrf(c -> c.ignoringRequestMatchers("/open311/**", "/public/stations/*/check"))
                // The lockout-aware provider is a bean, so it is the global AuthenticationManager's only provider;
                // adding it here as well would run it twice per failed attempt (child, then parent manager).
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(successHandler(attempts))
                        .failureHandler(failureHandler(attempts))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, auth) -> {
                            if (auth != null) {
                                attempts.signedOut(auth.getName());
                            }
                        })
                        .deleteCookies("SESSION"))
                // A new session id at sign-in (the default, stated so it is not lost).
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(map)))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "geolocation=(self), camera=(self), microphone=()")));
        return http.build();
    }

    /**
     * The portal itself and the configured map tile host only; no inline scripts or styles. The offline service
     * worker (/sw.js) and the web app manifest come from the portal too (worker-src and manifest-src say so rather
     * than leaving it to the fallbacks).
     */
    static String contentSecurityPolicy(MapProperties map) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: "
                + map.cspSource() + "; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Checks the lockout before the password, and the account's status only after a correct password, so that
     * neither a wrong password nor an unknown user can be told apart from the other.
     */
    @Bean
    AuthenticationProvider lockoutAwareProvider(
            UserDetailsService users, PasswordEncoder encoder, SignInAttempts attempts) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        dao.setPreAuthenticationChecks(user -> {});
        dao.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) throws AuthenticationException {
                SignInAttempts.Admission admission;
                try {
                    String address = authentication.getDetails() instanceof WebAuthenticationDetails d
                            ? d.getRemoteAddress()
                            : null;
                    admission = attempts.admit(authentication.getName(), address);
                } catch (DataAccessException | TransactionException e) {
                    throw new InternalAuthenticationServiceException("database unavailable", e);
                }
                if (!admission.allowed()) {
                    throw new SignInRefusedException(admission);
                }
                return dao.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return dao.supports(authentication);
            }
        };
    }

    private static SavedRequestAwareAuthenticationSuccessHandler successHandler(SignInAttempts attempts) {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    Authentication authentication)
                    throws IOException, jakarta.servlet.ServletException {
                attempts.succeeded(authentication.getName(), request.getRemoteAddr());
                if (authentication.getPrincipal() instanceof CurrentUser user && user.mustChangePassword()) {
                    getRedirectStrategy().sendRedirect(request, response, "/account/password");
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        saved.setDefaultTargetUrl("/");
        saved.setRedirectStrategy(new PathOnlyRedirectStrategy());
        return saved;
    }

    private static AuthenticationFailureHandler failureHandler(SignInAttempts attempts) {
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            String outcome;
            String wait = "";
            if (exception instanceof SignInRefusedException refused) {
                outcome = refused.admission().verdict() == SignInAttempts.Verdict.THROTTLED ? "throttled" : "locked";
                wait = "=" + refused.admission().minutes();
            } else if (exception instanceof LockedException) {
                outcome = "locked";
            } else if (exception.getCause() instanceof DataAccessException
                    || exception.getCause() instanceof TransactionException) {
                outcome = "unavailable";
            } else if (exception instanceof DisabledException) {
                outcome = "disabled";
            } else {
                outcome = "error";
            }
            if (!"unavailable".equals(outcome)) {
                attempts.failed(username, outcome);
            }
            response.sendRedirect(request.getContextPath() + "/login?" + outcome + wait);
        };
    }
}
