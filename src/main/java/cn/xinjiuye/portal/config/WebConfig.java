package cn.xinjiuye.portal.config;

import cn.xinjiuye.portal.common.web.AssetLinkBuilder;
import cn.xinjiuye.portal.common.web.PastTheLastPage;
import cn.xinjiuye.portal.common.web.SignInNulFilter;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
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
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;

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

    /**
     * The portal's own CSS and JS (and the vendored map plugins under /vendor) are linked by content-hashed URLs ({@code /css/app-<md5>.css}, rewritten by the
     * resource chain wherever a page writes {@code @{/css/app.css}}), webjars by their versioned path: both can be
     * cached for a year without asking again, and a changed file gets a new URL. A phone on weak signal then loads
     * the finder's assets once.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year =
                CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        for (String folder : AssetLinkBuilder.HASHED_FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(year)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        // Icons and the web app manifest keep fixed URLs (the manifest and phones' home screens name them): a week.
        CacheControl week = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();
        registry.addResourceHandler("/img/**")
                .addResourceLocations("classpath:/static/img/")
                .setCacheControl(week)
                .resourceChain(true);
        registry.addResourceHandler("/favicon.ico", "/manifest.webmanifest")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(week)
                .resourceChain(true);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    /** Thymeleaf passes only asset links through the resource chain's rewriting ({@link AssetLinkBuilder}). */
    @Bean
    static BeanPostProcessor assetLinks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setLinkBuilder(new AssetLinkBuilder());
                }
                return bean;
            }
        };
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
