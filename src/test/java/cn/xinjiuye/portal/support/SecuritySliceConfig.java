package cn.xinjiuye.portal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/** Brings the production SecurityConfig (package-private in config) into web slices. */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
        basePackages = "cn.xinjiuye.portal.config",
        useDefaultFilters = false,
        includeFilters = @Filter(type = FilterType.REGEX, pattern = ".*SecurityConfig"))
public class SecuritySliceConfig {}
