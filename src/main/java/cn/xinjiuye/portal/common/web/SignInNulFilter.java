package cn.xinjiuye.portal.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in form is read by Spring Security, not by a binder ({@link TextBinding}), so a NUL character in the user
 * name would reach the database (which cannot take one) in the account look-up and the attempt log. It is refused
 * before that with the 400 page.
 */
public class SignInNulFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean nul = request.getParameterMap().values().stream()
                .flatMap(java.util.Arrays::stream)
                .anyMatch(v -> v != null && v.indexOf('\0') >= 0);
        if (nul) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
