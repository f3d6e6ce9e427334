package cn.xinjiuye.portal.account.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How phone codes live ({@code portal.phone-codes.*}): validity, tries, and how often they may be asked for. */
@ConfigurationProperties("portal.phone-codes")
public record PhoneCodeProperties(
        Duration validFor,
        Integer maxTries,
        Integer perNumberPerMinute,
        Integer perNumberPerDay,
        Integer perAddressPerHour) {

    public PhoneCodeProperties {
        validFor = validFor == null ? Duration.ofMinutes(5) : validFor;
        maxTries = maxTries == null ? 5 : maxTries;
        perNumberPerMinute = perNumberPerMinute == null ? 1 : perNumberPerMinute;
        perNumberPerDay = perNumberPerDay == null ? 10 : perNumberPerDay;
        perAddressPerHour = perAddressPerHour == null ? 20 : perAddressPerHour;
    }
}
