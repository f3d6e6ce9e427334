package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-tap service on a station's page and its 撤销: a tap records one service of a kind today; its recorder may
 * take it back within {@link #UNDO_WINDOW}, and nobody else, and never later (then it is a record like any other,
 * corrected by staff who see the station's list).
 */
@Service
@RequiredArgsConstructor
public class OneTapServices {

    /** The 10 seconds the page offers 撤销, and a margin for a slow network. */
    public static final Duration UNDO_WINDOW = Duration.ofSeconds(15);

    /** The seconds the page shows 撤销. */
    public static final int UNDO_SECONDS = 10;

    private final StationService stations;
    private final ServiceRecordRepository services;
    private final Clock clock;

    /** What a tap recorded, and the station's new total of that kind (for its button). */
    public record Tap(long recordId, ServiceKind kind, long kindTotal) {}

    /** One service of the kind today, at a station in the user's scope. */
    @Transactional
    public Tap tap(long stationId, ServiceKind kind) {
        ServiceRecord r = stations.recordService(stationId, LocalDate.now(clock), kind, 1);
        return new Tap(r.getId(), kind, services.totalOf(stationId, kind));
    }

    /**
     * Deletes the record when it is the user's own, of this station (in their scope) and within the window; 404 when
     * the station has no such record (or it was undone already), 403 for another's, a field rule "undo" when late.
     */
    @Transactional
    public Tap undo(long stationId, long recordId) {
        stations.get(stationId);
        ServiceRecord r = services.findById(recordId)
                .filter(s -> s.getStationId() == stationId)
                .orElseThrow(() -> new NotFoundException("service " + recordId));
        if (!r.getRecordedBy().equals(CurrentUsers.actorName())) {
            throw new AccessDeniedException("service " + recordId + " was recorded by someone else");
        }
        if (r.getCreatedAt() == null || r.getCreatedAt().plus(UNDO_WINDOW).isBefore(clock.instant())) {
            throw new FieldRuleException("undo", "station.service.undo.late");
        }
        services.delete(r);
        services.flush();
        return new Tap(recordId, r.getKind(), services.totalOf(stationId, r.getKind()));
    }
}
