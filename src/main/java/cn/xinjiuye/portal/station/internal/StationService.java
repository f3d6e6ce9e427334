package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.persistence.UniqueConstraints;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The station registry for staff, and the one place where its scope is checked: a station belongs to a community,
 * and staff see and change the stations of the communities in their region subtree only.
 */
@Service
@RequiredArgsConstructor
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
public class StationService {

    private final StationRepository stations;
    private final StationInspectionRepository inspections;
    private final ServiceRecordRepository services;
    private final RegionService regions;
    private final AuditService audit;
    private final StationProperties properties;
    private final Clock clock;

    /** The list's filters; null or 0 means any. */
    public record Filter(
            String q,
            Long streetId,
            Long communityId,
            HostType hostType,
            StationStatus status,
            Amenity amenity,
            Compliance compliance) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null, null);
        }
    }

    /** A rule broken by the row at an index of an import; the whole import is rolled back. */
    public static class RowRuleException extends RuntimeException {

        private final int index;
        private final FieldRuleException rule;

        RowRuleException(int index, FieldRuleException rule) {
            super("row " + index + ": " + rule.getMessage(), rule);
            this.index = index;
            this.rule = rule;
        }

        public int index() {
            return index;
        }

        public FieldRuleException rule() {
            return rule;
        }
    }

    public int inspectionIntervalDays() {
        return properties.inspectionIntervalDays();
    }

    @Transactional(readOnly = true)
    public Page<Station> search(Filter f, Pageable pageable) {
        CurrentUser user = CurrentUsers.require();
        Page<Station> page = stations.search(
                user.scopePrefix(),
                blankToNull(f.q()),
                f.streetId(),
                f.communityId(),
                nameOf(f.hostType()),
                nameOf(f.status()),
                f.amenity() == null ? 0 : f.amenity().bit(),
                nameOf(f.compliance()),
                cutoff(),
                pageable);
        page.forEach(s -> s.getCommunity().getName());
        return page;
    }

    /** Every station the filters select, for the export. */
    @Transactional(readOnly = true)
    public List<Station> searchAll(Filter f) {
        return search(f, Pageable.unpaged()).getContent();
    }

    /** A station in the user's scope; 404 when there is none (or it was deleted), 403 outside the scope. */
    @Transactional(readOnly = true)
    public Station get(long id) {
        Station station = stations.findById(id)
                .filter(Station::isActive)
                .orElseThrow(() -> new NotFoundException("station " + id));
        CurrentUsers.require().checkCovers(station.getCommunity().getPath());
        return station;
    }

    @Transactional(readOnly = true)
    public List<Region> communities() {
        return regions.options(RegionLevel.COMMUNITY);
    }

    @Transactional(readOnly = true)
    public List<Region> streets() {
        return regions.options(RegionLevel.STREET);
    }

    @Transactional
    public Station create(StationDetails details) {
        Region community = community(details.communityCode());
        checkDetails(details, community, null);
        return uniqueName(() -> stations.save(new Station(details, community)));
    }

    /** Creates all rows or none (an import): the caller checked them; scope and rules are checked again here. */
    @Transactional
    public List<Station> createAll(List<StationDetails> rows) {
        List<Station> created = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                created.add(create(rows.get(i)));
            } catch (FieldRuleException e) {
                throw new RowRuleException(i, e);
            }
        }
        audit.record(AuditAction.CREATE, "Station", null, "imported " + created.size() + " stations");
        return created;
    }

    @Transactional
    public Station update(long id, long expectedVersion, StationDetails details) {
        Station station = changeable(id, expectedVersion);
        Region community = community(details.communityCode());
        checkDetails(details, community, station.getId());
        station.apply(details, community);
        return uniqueName(() -> stations.saveAndFlush(station));
    }

    /** Deletes a station for everyone: it is deactivated, and its inspections and services stay for the figures. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        changeable(id, expectedVersion).deactivate();
    }

    @Transactional
    public StationInspection recordInspection(long id, LocalDate on, String inspector, boolean[] checks, String note) {
        Station station = get(id);
        if (on.isAfter(LocalDate.now(clock))) {
            throw new FieldRuleException("inspectedOn", "station.error.future");
        }
        StationInspection inspection = inspections.save(new StationInspection(
                station.getId(), on, inspector.trim(), checks, note == null || note.isBlank() ? null : note.trim()));
        station.inspected(on, inspection.passed());
        return inspection;
    }

    @Transactional(readOnly = true)
    public List<StationInspection> inspections(long id) {
        get(id);
        return inspections.findTop20ByStationIdOrderByInspectedOnDescIdDesc(id);
    }

    @Transactional
    public ServiceRecord recordService(long id, LocalDate on, ServiceKind kind, int count) {
        Station station = get(id);
        LocalDate today = LocalDate.now(clock);
        if (on.isAfter(today)) {
            throw new FieldRuleException("servedOn", "station.error.future");
        }
        if (count < 1 || count > 1000) {
            throw new FieldRuleException("count", "station.error.count");
        }
        return services.save(
                new ServiceRecord(station.getId(), on, kind, count, CurrentUsers.actorName(), clock.instant()));
    }

    /** Totals per kind, the last twelve months' totals (every month present, zero when none) and recent records. */
    public record ServiceSummary(
            Map<ServiceKind, Long> byKind,
            long total,
            List<String> months,
            List<Long> monthTotals,
            List<StationView.Service> recent) {}

    @Transactional(readOnly = true)
    public ServiceSummary services(long id) {
        get(id);
        Map<ServiceKind, Long> byKind = new EnumMap<>(ServiceKind.class);
        for (ServiceKind k : ServiceKind.values()) {
            byKind.put(k, 0L);
        }
        long total = 0;
        for (Object[] row : services.totalsByKind(id)) {
            long n = ((Number) row[1]).longValue();
            byKind.put((ServiceKind) row[0], n);
            total += n;
        }
        LocalDate first = LocalDate.now(clock).withDayOfMonth(1).minusMonths(11);
        Map<String, Long> perMonth = new LinkedHashMap<>();
        for (int m = 0; m < 12; m++) {
            perMonth.put(first.plusMonths(m).toString().substring(0, 7), 0L);
        }
        for (Object[] row : services.totalsByMonth(id, first)) {
            perMonth.put((String) row[0], ((Number) row[1]).longValue());
        }
        return new ServiceSummary(
                byKind,
                total,
                List.copyOf(perMonth.keySet()),
                List.copyOf(perMonth.values()),
                services.findTop20ByStationIdOrderByServedOnDescIdDesc(id).stream()
                        .map(StationView.Service::of)
                        .toList());
    }

    /** The community a station goes to: an active community in the user's scope, else a field error. */
    public Region community(String code) {
        Region community = regions.findByCode(code == null ? "" : code.trim())
                .filter(r -> r.getLevel() == RegionLevel.COMMUNITY && r.isActive())
                .orElseThrow(() -> new FieldRuleException("communityCode", "station.error.communityUnknown"));
        if (!CurrentUsers.require().covers(community.getPath())) {
            throw new FieldRuleException("communityCode", "station.error.communityOutOfScope");
        }
        return community;
    }

    private void checkDetails(StationDetails d, Region community, Long selfId) {
        if (d.status() == StationStatus.SUSPENDED
                && (d.suspendReason() == null || d.suspendReason().isBlank())) {
            throw new FieldRuleException("suspendReason", "station.error.suspendReason");
        }
        boolean taken = selfId == null
                ? stations.existsByNameAndCommunityIdAndActiveTrue(d.name(), community.getId())
                : stations.existsByNameAndCommunityIdAndActiveTrueAndIdNot(d.name(), community.getId(), selfId);
        if (taken) {
            throw new FieldRuleException("name", "station.error.nameTaken");
        }
    }

    /** Two saves of one name at once both pass the check above: the database's unique index (V75) refuses one. */
    private static Station uniqueName(Supplier<Station> write) {
        return UniqueConstraints.asFieldError("station_community_name_uq", "name", "station.error.nameTaken", write);
    }

    private Station changeable(long id, long expectedVersion) {
        Station station = get(id);
        station.checkVersion(expectedVersion);
        return station;
    }

    private LocalDate cutoff() {
        return LocalDate.now(clock).minusDays(properties.inspectionIntervalDays());
    }

    private static String nameOf(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
