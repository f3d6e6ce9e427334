package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.account.AccountDirectory.AccountCard;
import cn.xinjiuye.portal.account.PrivacyNotice;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.common.images.CleanImage;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.governance.CaseFiled;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import cn.xinjiuye.portal.station.Area;
import cn.xinjiuye.portal.station.StationFinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filing cases: from the reporting page (a signed-in worker, staff for someone else, or anonymous with a phone;
 * limited by {@link ReportLimits}), from the Open311 API and from a reception session's concern list. Photos
 * lose their metadata before they are stored. Publishes {@link CaseFiled} for reports of the reporting page.
 */
@Service
@RequiredArgsConstructor
public class CaseFiling {

    private final GovCaseRepository cases;
    private final CasePhotoRepository photos;
    private final Photos photoCleaner;
    private final CaseTimeline timeline;
    private final CaseAccessPolicy policy;
    private final RegionService regions;
    private final StationFinder stations;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher publisher;

    @Value("${portal.governance.duplicate-radius-m:300}")
    private final double duplicateRadius;

    private final Clock clock;
    private final CaseDeadlines deadlines;
    private final ReportLimits limits;
    private final TransactionTemplate tx;

    /** What a reporter files; {@code phone} is required without an account; smsConsent: SMS about its progress. */
    public record Report(
            CaseSource source,
            CaseCategory category,
            String description,
            Double lat,
            Double lng,
            String address,
            Long communityId,
            String reporterName,
            String phone,
            boolean greenChannel,
            boolean smsConsent) {}

    /**
     * What the reporting page offers: the active communities with the centre of each (from its care stations, to
     * suggest one from the location), the community the reporter used last, who is filing, the duplicate radius.
     */
    public record ReportPage(
            List<Region> communities,
            Map<Long, Area> centres,
            Long lastCommunity,
            boolean anonymous,
            boolean staffFiling,
            long radius) {}

    /**
     * An earlier case nearby, shown to avoid duplicates: no personal data; summary: the start of its public text
     * (moderated, as Open311 shows it), or null when it is not public.
     */
    public record Nearby(
            String caseNo,
            CaseCategory category,
            CaseStatus status,
            Instant submittedAt,
            String summary,
            long metres) {}

    static final int SUMMARY_LENGTH = 40;

    @Transactional(readOnly = true)
    public ReportPage reportPage() {
        Optional<CurrentUser> user = CurrentUsers.find();
        return new ReportPage(
                regions.activeCommunities(),
                stations.areas().stream().collect(Collectors.toMap(Area::id, a -> a, (a, b) -> a)),
                user.flatMap(u -> cases.lastCommunityOf(u.id())).orElse(null),
                user.isEmpty(),
                user.map(u -> u.role().isStaff()).orElse(false),
                Math.round(duplicateRadius));
    }

    /**
     * Files a case from the reporting page; returns its number. The caller's limits are counted first, outside the
     * filing's transaction (each count commits on its own), before any photo is decoded.
     */
    public String file(Report r, List<byte[]> photoBytes, String remoteAddr) {
        limits.count(CurrentUsers.find(), mobileOrNull(r.phone()), remoteAddr);
        return tx.execute(status -> fileCounted(r, photoBytes, remoteAddr));
    }

    private String fileCounted(Report r, List<byte[]> photoBytes, String remoteAddr) {
        Optional<CurrentUser> user = CurrentUsers.find();
        String phone = mobileOrNull(r.phone());
        if (user.isEmpty() && phone == null) {
            throw new FieldRuleException("phone", "case.error.phoneRequired");
        }
        List<CleanImage> clean = photoCleaner.cleanAll(photoBytes);
        Region community = community(r.communityId());
        boolean staff = user.map(policy::filesForOthers).orElse(false);
        if (staff && phone == null) {
            throw new FieldRuleException("phone", "case.error.phoneRequired");
        }
        if (staff && !user.get().covers(community.getPath())) {
            throw new FieldRuleException("communityId", "case.error.communityOutOfScope");
        }
        CaseSource source = staff && r.source() != CaseSource.RECEPTION ? CaseSource.STAFF : r.source();
        if (!staff && source != CaseSource.HAZARD && source != CaseSource.SNAPSHOT) {
            source = CaseSource.SNAPSHOT;
        }
        GovCase c = new GovCase(
                nextCaseNo(),
                source,
                r.category(),
                r.description().trim(),
                r.lat(),
                r.lng(),
                blankToNull(r.address()),
                community,
                staff && r.greenChannel(),
                CurrentUsers.actorName());
        if (user.isPresent() && user.get().role() == Role.WORKER) {
            AccountCard account = accounts.byId(user.get().id()).orElseThrow();
            c.reporter(
                    user.get().id(),
                    account.displayName(),
                    phone != null ? phone : account.phone(),
                    account.occupation() == null ? null : account.occupation().name(),
                    remoteAddr);
        } else {
            c.reporter(null, blankToNull(r.reporterName()), phone, null, remoteAddr);
        }
        if (c.getReporterPhone() == null) {
            throw new FieldRuleException("phone", "case.error.phoneRequired");
        }
        if (r.smsConsent()) {
            c.consentToSms(clock.instant(), PrivacyNotice.VERSION);
        }
        submit(c);
        // A worker's report counts for their branch and enterprise: the organization module credits it.
        publisher.publishEvent(new CaseFiled(c.getId(), c.getReporterPhone()));
        clean.forEach(p -> photos.save(new CasePhoto(c.getId(), "REPORT", p)));
        return c.getCaseNo();
    }

    /** A case filed through the Open311 API by a client whose key was checked; photos cleaned like every photo. */
    @Transactional
    public String fileFromApi(ApiReport r, List<byte[]> media, String actor) {
        List<CleanImage> clean = photoCleaner.cleanAll(media);
        GovCase c = new GovCase(
                nextCaseNo(),
                CaseSource.OPEN311,
                r.category(),
                r.description().trim(),
                r.lat(),
                r.lng(),
                blankToNull(r.address()),
                community(r.communityId()),
                false,
                actor);
        c.reporter(null, blankToNull(r.name()), mobileOrNull(r.phone()), null, null);
        c.fromClient(blankToNull(r.mediaUrl()), blankToNull(r.addressId()));
        submit(c);
        clean.forEach(p -> photos.save(new CasePhoto(c.getId(), "REPORT", p)));
        return c.getCaseNo();
    }

    /** Saves a new case on its timeline; one not from a reception waits for acceptance against its limit. */
    private void submit(GovCase c) {
        if (!c.isFromReception()) {
            deadlines.awaitAcceptance(c);
        }
        cases.save(c);
        timeline.record(c, CaseAction.SUBMIT, null, true);
    }

    /** A concern-list item of a reception session: due one week after the session (CaseDeadlines.concernDue). */
    @Transactional
    public void fileFromReception(
            ReceptionSession session,
            CaseCategory category,
            String description,
            String visitorName,
            String visitorPhone,
            boolean green) {
        Region community = regions.findById(session.getCommunityId()).orElseThrow();
        GovCase c = new GovCase(
                nextCaseNo(),
                CaseSource.RECEPTION,
                category,
                description.trim(),
                null,
                null,
                null,
                community,
                green,
                CurrentUsers.actorName());
        c.reporter(null, blankToNull(visitorName), mobileOrNull(visitorPhone), null, null);
        c.fromReception(session.getId());
        c.schedule(session.getHeldOn(), deadlines.concernDue(category, green, session.getHeldOn()));
        submit(c);
    }

    /** Active communities, for the public forms and the Open311 service definition. */
    @Transactional(readOnly = true)
    public List<Region> communities() {
        return regions.activeCommunities();
    }

    /** Earlier cases of the category within the configured radius in the last 30 days. */
    @Transactional(readOnly = true)
    public List<Nearby> nearby(CaseCategory category, double lat, double lng) {
        return cases
                .nearby(
                        lat,
                        lng,
                        duplicateRadius,
                        category.name(),
                        clock.instant().minus(Duration.ofDays(30)))
                .stream()
                .map(n -> new Nearby(
                        n.getCaseNo(),
                        category,
                        CaseStatus.valueOf(n.getStatus()),
                        n.getSubmittedAt(),
                        summary(n.getDescription()),
                        Math.round(n.getDistance())))
                .toList();
    }

    private Region community(Long id) {
        return (id == null ? Optional.<Region>empty() : regions.findById(id))
                .filter(r -> r.getLevel() == RegionLevel.COMMUNITY && r.isActive())
                .orElseThrow(() -> new FieldRuleException("communityId", "case.error.community"));
    }

    String nextCaseNo() {
        return "GZ" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%06d", cases.nextNumber() % 1_000_000);
    }

    /** The phone given, or null when blank; a field error unless it is a mobile number ({@link Phones#MOBILE}). */
    private static String mobileOrNull(String phone) {
        String p = blankToNull(phone);
        if (p != null && !Phones.isMobile(p)) {
            throw new FieldRuleException("phone", "case.error.phone");
        }
        return p;
    }

    private static String summary(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.codePointCount(0, t.length()) <= SUMMARY_LENGTH
                ? t
                : t.substring(0, t.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
