package cn.xinjiuye.portal.station.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * portal.stations.*: how old a station's latest 六有 inspection may be before it is flagged, and the limits of the
 * public nearby search.
 */
@ConfigurationProperties("portal.stations")
public record StationProperties(
        Integer inspectionIntervalDays,
        Integer defaultRadius,
        Integer maxRadius,
        Integer defaultLimit,
        Integer maxLimit) {

    public StationProperties {
        inspectionIntervalDays =
                inspectionIntervalDays == null || inspectionIntervalDays < 1 ? 180 : inspectionIntervalDays;
        defaultRadius = defaultRadius == null ? 5000 : defaultRadius;
        maxRadius = maxRadius == null ? 50_000 : maxRadius;
        defaultLimit = defaultLimit == null ? 20 : defaultLimit;
        maxLimit = maxLimit == null ? 50 : maxLimit;
    }
}
