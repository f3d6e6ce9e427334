package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.common.security.CurrentUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** After a reset (or the bootstrap administrator's first sign-in) every page leads to the password form. */
@Configuration(proxyBeanMethods = false)
class MustChangePasswordInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        boolean mustChange =
                CurrentUsers.find().map(u -> u.mustChangePassword()).orElse(false);
        if (mustChange) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return false;
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .excludePathPatterns(
                        "/account/password",
                        "/logout",
                        "/login",
                        "/error",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/public/**",
                        "/api/public/**");
    }
}
