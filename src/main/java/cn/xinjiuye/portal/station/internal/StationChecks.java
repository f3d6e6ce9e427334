package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.limits.RateLimiter;
import cn.xinjiuye.portal.station.StationFinder;
import cn.xinjiuye.portal.station.StationProblemReported;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The station check loop (这里正常吗?): couriers' answers on a station's public page, limited per device and station
 * (a day) and per client address (an hour) by the shared {@link RateLimiter}. A problem is published as {@link
 * StationProblemReported} in the answer's transaction, so governance files or counts its case after the commit.
 */
@Service
@RequiredArgsConstructor
public class StationChecks {

    static final String DEVICE_BUCKET = "station-check-device";
    static final String ADDRESS_BUCKET = "station-check-address";
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration HOUR = Duration.ofHours(1);
    /** Confirmations older than this are not worth showing. */
    private static final int CONFIRMATION_DAYS = 30;

    private final StationFinder finder;
    private final RateLimiter limiter;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock;

    @Value("${portal.station-checks.per-device-per-day:1}")
    private final int perDevicePerDay;

    @Value("${portal.station-checks.per-address-per-hour:30}")
    private final int perAddressPerHour;

    /** What became of an answer: recorded, or refused by a limit (then nothing was written). */
    public enum Outcome {
        RECORDED,
        LIMITED
    }

    /** "N 位骑手 M 天前确认正常": distinct devices that answered 正常 since the last problem, and the latest's age. */
    public record Confirmation(long riders, long daysAgo) {}

    /** The station the check form is about: shown to couriers (active, not suspended), else 404. */
    @Transactional(readOnly = true)
    public PublicStation station(long stationId) {
        return PublicStation.of(finder.publicStation(stationId));
    }

    /**
     * Records an answer unless a limit refuses it. Bad input is a {@link FieldRuleException} before any limit is
     * counted; a refusal by the address limit gives the device's hit back, so a refused answer changes nothing.
     */
    public Outcome answer(long stationId, String answer, Collection<String> missing, String deviceId, String addr) {
        Station station = finder.publicStation(stationId);
        CheckAnswer a = parse(answer);
        int missingBits = a == CheckAnswer.MISSING_AMENITY ? missingBits(station, missing) : 0;
        String deviceKey = stationId + ":" + deviceId;
        if (!limiter.tryAcquire(DEVICE_BUCKET, deviceKey, perDevicePerDay, DAY)) {
            return Outcome.LIMITED;
        }
        if (!limiter.tryAcquire(ADDRESS_BUCKET, addr, perAddressPerHour, HOUR)) {
            limiter.release(DEVICE_BUCKET, deviceKey, DAY);
            return Outcome.LIMITED;
        }
        tx.executeWithoutResult(s -> record(station, a, missingBits, deviceId, addr));
        return Outcome.RECORDED;
    }

    private void record(Station station, CheckAnswer a, int missingBits, String deviceId, String addr) {
        Long id = jdbc.queryForObject(
                "insert into station_check (station_id, answer, missing_amenities, device_id, client_addr, "
                        + "answered_on, answered_at) values (?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                station.getId(),
                a.name(),
                missingBits,
                deviceId,
                addr,
                Date.valueOf(LocalDate.now(clock)),
                Timestamp.from(clock.instant()));
        if (a.isProblem()) {
            // The community as stored now (the station's entity was read outside this transaction).
            long community =
                    jdbc.queryForObject("select region_id from station where id = ?", Long.class, station.getId());
            publisher.publishEvent(new StationProblemReported(
                    id,
                    station.getId(),
                    community,
                    a.name(),
                    description(station, a, missingBits),
                    station.getLat(),
                    station.getLng(),
                    station.getAddress()));
        }
    }

    /** The confirmation line of a station, when a courier answered 正常 within 30 days and after any problem. */
    @Transactional(readOnly = true)
    public Optional<Confirmation> confirmation(long stationId) {
        return jdbc.query(
                """
                select count(distinct device_id) as riders, max(answered_at) as latest from station_check
                 where station_id = ? and answer = 'OK' and answered_at >= ?
                   and answered_at > coalesce((select max(p.answered_at) from station_check p
                                                where p.station_id = ? and p.answer <> 'OK'), '-infinity')
                """,
                rs -> {
                    rs.next();
                    long riders = rs.getLong("riders");
                    Timestamp latest = rs.getTimestamp("latest");
                    if (riders == 0 || latest == null) {
                        return Optional.<Confirmation>empty();
                    }
                    LocalDate on = latest.toInstant().atZone(clock.getZone()).toLocalDate();
                    return Optional.of(new Confirmation(riders, ChronoUnit.DAYS.between(on, LocalDate.now(clock))));
                },
                stationId,
                Timestamp.from(clock.instant().minus(Duration.ofDays(CONFIRMATION_DAYS))),
                stationId);
    }

    private static CheckAnswer parse(String answer) {
        for (CheckAnswer a : CheckAnswer.values()) {
            if (a.name().equals(answer)) {
                return a;
            }
        }
        throw new FieldRuleException("answer", "station.check.error.answer");
    }

    /** The amenities said to be missing: at least one, and only ones the station offers. */
    private static int missingBits(Station station, Collection<String> missing) {
        Set<Amenity> chosen = EnumSet.noneOf(Amenity.class);
        for (String m : missing == null ? Set.<String>of() : missing) {
            Amenity amenity = station.getAmenities().stream()
                    .filter(x -> x.name().equals(m))
                    .findFirst()
                    .orElseThrow(() -> new FieldRuleException("missing", "station.check.error.missingUnknown"));
            chosen.add(amenity);
        }
        if (chosen.isEmpty()) {
            throw new FieldRuleException("missing", "station.check.error.missingNone");
        }
        return Amenity.toBits(chosen);
    }

    /** The case's words, in Chinese like every reporter's description. */
    private String description(Station station, CheckAnswer a, int missingBits) {
        String amenities = Amenity.fromBits(missingBits).stream()
                .map(x -> messages.getMessage(x.messageKey(), null, Locale.SIMPLIFIED_CHINESE))
                .collect(Collectors.joining("、"));
        return messages.getMessage(
                "station.check.case." + a.name(),
                new Object[] {station.getName(), station.getAddress(), amenities},
                Locale.SIMPLIFIED_CHINESE);
    }
}
