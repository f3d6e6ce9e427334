package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.region.Region;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a station's staff page shows, read in one call (scope checked through {@link StationService#get}). */
@Service
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
@RequiredArgsConstructor
public class StationPages {

    /** A station with its latest inspections, its services and whether its 六有 check is overdue. */
    public record StationPage(
            StationView station,
            List<StationView.Inspection> inspections,
            StationService.ServiceSummary summary,
            boolean overdue,
            int intervalDays,
            boolean hasPhoto) {}

    /** The staff list: a page of rows, the streets and communities to filter by, the 六有 interval. */
    public record StationList(
            Page<StationRow> page, List<Region> streets, List<Region> communities, int intervalDays) {}

    private final StationService stations;
    private final StationPhotos photos;
    private final Clock clock;

    @Transactional(readOnly = true)
    public StationList list(StationService.Filter filter, Pageable pageable) {
        return new StationList(
                stations.search(filter, pageable).map(StationRow::of),
                stations.streets(),
                stations.communities(),
                stations.inspectionIntervalDays());
    }

    /** The station as its edit form shows it. */
    @Transactional(readOnly = true)
    public StationView station(long id) {
        return StationView.of(stations.get(id));
    }

    @Transactional(readOnly = true)
    public StationPage page(long id) {
        Station station = stations.get(id);
        int interval = stations.inspectionIntervalDays();
        return new StationPage(
                StationView.of(station),
                stations.inspections(id).stream()
                        .map(StationView.Inspection::of)
                        .toList(),
                stations.services(id),
                station.inspectionOverdue(LocalDate.now(clock), interval),
                interval,
                photos.of(id).isPresent());
    }
}
