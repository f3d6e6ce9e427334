package cn.xinjiuye.portal.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners run after the commit on Boot's task executor, so a page never waits for another module's
 * reaction; the JDBC publication registry keeps each event until its listener has completed.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventsConfig {}
