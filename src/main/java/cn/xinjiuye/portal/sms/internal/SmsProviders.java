package cn.xinjiuye.portal.sms.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one provider named by {@code portal.sms.provider}; a real one refuses to start without its credentials. */
@Configuration(proxyBeanMethods = false)
class SmsProviders {

    @Bean
    SmsProvider smsProvider(SmsProperties properties, Clock clock) {
        return switch (properties.provider()) {
            case "log" -> new LogSmsProvider();
            case "aliyun" -> aliyun(properties.aliyun(), clock);
            default ->
                throw new IllegalStateException(
                        "portal.sms.provider must be log or aliyun, not '" + properties.provider() + "'");
        };
    }

    static SmsProvider aliyun(SmsProperties.Aliyun settings, Clock clock) {
        if (blank(settings.accessKeyId()) || blank(settings.accessKeySecret()) || blank(settings.signName())) {
            throw new IllegalStateException("portal.sms.provider=aliyun needs portal.sms.aliyun.access-key-id, "
                    + ".access-key-secret and .sign-name");
        }
        return new AliyunSmsProvider(new AliyunSmsClient(settings, clock), settings);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
