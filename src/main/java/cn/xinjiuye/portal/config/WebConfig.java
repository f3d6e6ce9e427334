package cn.xinjiuye.portal.config;

import cn.xinjiuye.portal.common.web.PastTheLastPage;
import cn.xinjiuye.portal.common.web.SignInNulFilter;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Chinese first: zh-CN unless the user switched to English with ?lang=en (kept in a cookie). Static files are served
 * under their own folders only (Boot's catch-all {@code /**} mapping is off): with it, every link a page renders,
 * {@code /public/stations/123} as much as {@code /css/app.css}, went through the resource chain and a classpath
 * lookup that finds nothing and is never cached — a seventh of the courier's nearby page.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("portal_lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Before Spring Security, which reads the sign-in form itself. */
    @Bean
    FilterRegistrationBean<SignInNulFilter> signInNulFilter() {
        FilterRegistrationBean<SignInNulFilter> registration = new FilterRegistrationBean<>(new SignInNulFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7));
        for (String folder : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(week)
                    .resourceChain(true);
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(week)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(new PastTheLastPage());
    }
}
