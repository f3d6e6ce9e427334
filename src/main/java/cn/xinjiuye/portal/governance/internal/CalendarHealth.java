package cn.xinjiuye.portal.governance.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code calendar} component of /actuator/health: UP always (the portal works, deadlines only become
 * provisional), with the missing year in its details from 1 November so that monitoring can warn.
 */
@Component("calendar")
@RequiredArgsConstructor
class CalendarHealth implements HealthIndicator {

    private final CalendarYears years;

    @Override
    public Health health() {
        return years.missingNextYear()
                .map(year -> Health.up().withDetail("missingYear", year).build())
                .orElseGet(() -> Health.up().build());
    }
}
