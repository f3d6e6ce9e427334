package cn.xinjiuye.portal.support;

import cn.xinjiuye.portal.account.SignInAttempts;
import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.common.web.IconUrls;
import cn.xinjiuye.portal.common.web.Mask;
import cn.xinjiuye.portal.common.web.NavBar;
import cn.xinjiuye.portal.common.web.OnceFragments;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A controller slice with the portal's real security configuration (CSRF, URL rules, method security) and
 * template helpers (masks, the navigation bar, icon URLs, the once-per-language fragments); the services behind the controller are mocked by the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({SecuritySliceConfig.class, Mask.class, NavBar.Current.class, IconUrls.class, OnceFragments.class})
@EnableConfigurationProperties(MapProperties.class)
@MockitoBean(types = {SignInAttempts.class, UserDetailsService.class})
public @interface PortalWebMvcTest {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
