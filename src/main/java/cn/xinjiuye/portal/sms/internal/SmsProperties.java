package cn.xinjiuye.portal.sms.internal;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the SMS module ({@code portal.sms.*}); the README's settings table lists them. */
@ConfigurationProperties("portal.sms")
public record SmsProperties(String provider, Duration sendEvery, Integer batchSize, Retry retry, Aliyun aliyun) {

    public SmsProperties {
        provider = provider == null || provider.isBlank() ? "log" : provider.trim();
        sendEvery = sendEvery == null ? Duration.ofSeconds(5) : sendEvery;
        batchSize = batchSize == null || batchSize < 1 ? 20 : batchSize;
        retry = retry == null ? new Retry(null, null, null) : retry;
        aliyun = aliyun == null ? new Aliyun(null, null, null, null, null, null, null, null) : aliyun;
    }

    /** Back-off: the first retry after {@code firstDelay}, each next one twice as late, at most {@code maxDelay}. */
    public record Retry(Duration firstDelay, Duration maxDelay, Integer maxAttempts) {
        public Retry {
            firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
            maxDelay = maxDelay == null ? Duration.ofHours(1) : maxDelay;
            maxAttempts = maxAttempts == null || maxAttempts < 1 ? 8 : maxAttempts;
        }

        /** The wait before the next try after {@code attempts} failed ones. */
        public Duration after(int attempts) {
            int doublings = Math.min(Math.max(attempts - 1, 0), 30);
            Duration wait = firstDelay.multipliedBy(1L << doublings);
            return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
        }
    }

    /** Aliyun SMS (dysmsapi, API version 2017-05-25). */
    public record Aliyun(
            String endpoint,
            String accessKeyId,
            String accessKeySecret,
            String signName,
            String regionId,
            Duration connectTimeout,
            Duration readTimeout,
            Map<String, String> templateCodes) {
        public Aliyun {
            endpoint = endpoint == null || endpoint.isBlank() ? "https://dysmsapi.aliyuncs.com/" : endpoint.trim();
            regionId = regionId == null || regionId.isBlank() ? "cn-hangzhou" : regionId.trim();
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
            templateCodes = templateCodes == null ? Map.of() : Map.copyOf(templateCodes);
        }
    }
}
