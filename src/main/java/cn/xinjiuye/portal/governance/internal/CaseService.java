package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.account.AccountDirectory.AccountCard;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.governance.CaseFiled;
import cn.xinjiuye.portal.governance.CaseRejected;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Governance cases: filing (by workers, anonymous reporters, staff and API clients), the workflow with its
 * deadlines, the timeline, supervision and the reporter's rating. Every rule and every scope check is here.
 * Dispatchers (community secretary, street, district, admin) act on cases of communities in their region subtree;
 * department staff only on cases assigned to their department.
 */
@Service
public class CaseService {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Set<Role> DISPATCHERS =
            EnumSet.of(Role.ADMIN, Role.ORG_STAFF, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY);
    private static final Set<Role> SUPERVISORS = EnumSet.of(Role.ADMIN, Role.ORG_STAFF, Role.STREET_STAFF);

    private final GovCaseRepository cases;
    private final CaseEventRepository events;
    private final CasePhotoRepository photos;
    private final CaseSupervisionRepository supervisions;
    private final DepartmentRepository departments;
    private final RegionService regions;
    private final WorkingDays workingDays;
    private final JdbcTemplate jdbc;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher publisher;
    private final int ratePerHour;
    private final double duplicateRadius;

    CaseService(
            GovCaseRepository cases,
            CaseEventRepository events,
            CasePhotoRepository photos,
            CaseSupervisionRepository supervisions,
            DepartmentRepository departments,
            RegionService regions,
            WorkingDays workingDays,
            JdbcTemplate jdbc,
            AccountDirectory accounts,
            ApplicationEventPublisher publisher,
            @Value("${portal.governance.anonymous-per-hour:5}") int ratePerHour,
            @Value("${portal.governance.duplicate-radius-m:300}") double duplicateRadius) {
        this.cases = cases;
        this.accounts = accounts;
        this.events = events;
        this.publisher = publisher;
        this.photos = photos;
        this.supervisions = supervisions;
        this.departments = departments;
        this.regions = regions;
        this.workingDays = workingDays;
        this.jdbc = jdbc;
        this.ratePerHour = ratePerHour;
        this.duplicateRadius = duplicateRadius;
    }

    /** What a reporter files. {@code phone} is required without a signed-in account. */
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
            boolean greenChannel) {}

    /** The list's filters; null means any. */
    public record Filter(CaseStatus status, CaseCategory category, Long communityId, String caseNo) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /** What the public tracking page shows: no personal data. */
    public record Tracking(
            String caseNo,
            CaseCategory category,
            CaseStatus status,
            Instant submittedAt,
            String communityName,
            String departmentName,
            LocalDate dueOn,
            String resolutionNote,
            Rating rating,
            List<CaseEvent> steps) {}

    public record Nearby(String caseNo, CaseStatus status, Instant submittedAt, long metres) {}

    // ---------------------------------------------------------------- filing

    /** Files a case from the reporting page: a signed-in worker, staff for someone else, or anonymous with a phone. */
    @Transactional
    public GovCase file(Report r, List<byte[]> photoBytes, String remoteAddr) {
        Optional<CurrentUser> user = CurrentUsers.find();
        List<CleanPhoto> clean = cleanPhotos(photoBytes);
        Region community = community(r.communityId());
        String phone = blankToNull(r.phone());
        if (phone != null && !phone.matches("1\\d{10}")) {
            throw new FieldRuleException("phone", "case.error.phone");
        }
        boolean staff = user.map(u -> DISPATCHERS.contains(u.role())).orElse(false);
        if (user.isEmpty()) {
            if (phone == null) {
                throw new FieldRuleException("phone", "case.error.phoneRequired");
            }
            Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
            if (cases.countByPhoneSince(phone, hourAgo) >= ratePerHour
                    || (remoteAddr != null && cases.countByAddressSince(remoteAddr, hourAgo) >= ratePerHour)) {
                throw new FieldRuleException("phone", "case.error.rateLimited");
            }
        }
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
        cases.save(c);
        // A worker's report counts for their branch and enterprise: the organization module credits it.
        publisher.publishEvent(new CaseFiled(c.getId(), c.getReporterPhone()));
        for (CleanPhoto p : clean) {
            photos.save(new CasePhoto(c.getId(), "REPORT", p));
        }
        event(c, CaseAction.SUBMIT, null, true);
        return c;
    }

    /** A case filed through the Open311 API (already authenticated by its key). */
    @Transactional
    public GovCase fileFromApi(
            CaseCategory category,
            String description,
            double lat,
            double lng,
            String address,
            long communityId,
            String name,
            String phone,
            String client) {
        Region community = community(communityId);
        GovCase c = new GovCase(
                nextCaseNo(),
                CaseSource.OPEN311,
                category,
                description.trim(),
                lat,
                lng,
                blankToNull(address),
                community,
                false,
                "open311:" + client);
        c.reporter(null, blankToNull(name), blankToNull(phone), null, null);
        cases.save(c);
        event(c, CaseAction.SUBMIT, null, true);
        return c;
    }

    /** A concern-list item of a reception session: a case with a one-week deadline from the session date. */
    @Transactional
    public GovCase fileFromReception(
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
        c.reporter(null, blankToNull(visitorName), blankToNull(visitorPhone), null, null);
        c.fromReception(session.getId());
        c.schedule(session.getHeldOn(), session.getHeldOn().plusWeeks(1));
        cases.save(c);
        event(c, CaseAction.SUBMIT, null, true);
        return c;
    }

    public static List<CleanPhoto> cleanPhotos(List<byte[]> photoBytes) {
        List<byte[]> given = photoBytes == null
                ? List.of()
                : photoBytes.stream().filter(b -> b != null && b.length > 0).toList();
        if (given.size() > Photos.MAX_COUNT) {
            throw new FieldRuleException("photos", "case.error.photoCount");
        }
        return given.stream().map(b -> Photos.clean("photos", b)).toList();
    }

    /** Active communities for the public form. */
    @Transactional(readOnly = true)
    public List<Region> communities() {
        return regions.activeCommunities();
    }

    /** The community the signed-in reporter used last, to preselect it. */
    @Transactional(readOnly = true)
    public Optional<Long> lastCommunity() {
        return CurrentUsers.find().flatMap(u -> cases.lastCommunityOf(u.id()));
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
                        Instant.now().minus(Duration.ofDays(30)))
                .stream()
                .map(n -> new Nearby(
                        n.getCaseNo(),
                        CaseStatus.valueOf(n.getStatus()),
                        n.getSubmittedAt(),
                        Math.round(n.getDistance())))
                .toList();
    }

    public double duplicateRadius() {
        return duplicateRadius;
    }

    /** Cases for the Open311 list: no scope (the API is public for reading), no personal data in what callers show. */
    @Transactional(readOnly = true)
    public Page<GovCase> apiSearch(String state, CaseCategory category, Instant from, Instant to, Pageable pageable) {
        Page<GovCase> page = cases.open311(state, category == null ? null : category.name(), from, to, pageable);
        page.forEach(GovCase::loadNames);
        return page;
    }

    /** The cases filed from a reception session (the caller checked the session's scope). */
    @Transactional(readOnly = true)
    public List<GovCase> ofReception(long sessionId) {
        List<GovCase> list = cases.findByReceptionSessionIdOrderById(sessionId);
        list.forEach(GovCase::loadNames);
        return list;
    }

    @Transactional(readOnly = true)
    public Optional<GovCase> byCaseNo(String caseNo) {
        Optional<GovCase> c = cases.findByCaseNo(caseNo);
        c.ifPresent(GovCase::loadNames);
        return c;
    }

    /** True when the key is an active Open311 API key (only its SHA-256 is stored). */
    @Transactional(readOnly = true)
    public Optional<String> apiClient(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return jdbc.query(
                "select name from api_key where key_hash = ? and active",
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty(),
                sha256(key.trim()));
    }

    static String sha256(String s) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- public tracking and rating

    /** Failed tracking look-ups allowed per address in 15 minutes before the page refuses to look up more. */
    public static final int TRACK_FAILURES = 10;

    /** True when the address failed too many look-ups lately (the page then says to try again later). */
    @Transactional(readOnly = true)
    public boolean trackingBlocked(String remoteAddr) {
        Integer n = jdbc.queryForObject(
                "select count(*) from case_track_failure where remote_addr = ? "
                        + "and at > now() - interval '15 minutes'",
                Integer.class,
                remoteAddr == null ? "" : remoteAddr);
        return n != null && n >= TRACK_FAILURES;
    }

    /** Looks a case up for the public page, counting failed look-ups per address. */
    @Transactional
    public Optional<Tracking> track(String caseNo, String phoneTail, String remoteAddr) {
        Optional<Tracking> result = track(caseNo, phoneTail);
        if (result.isEmpty()) {
            jdbc.update(
                    "insert into case_track_failure (remote_addr) values (?)", remoteAddr == null ? "" : remoteAddr);
        }
        return result;
    }

    /** The case when the number and the phone's last four digits match; empty otherwise (nothing tells which). */
    @Transactional(readOnly = true)
    public Optional<Tracking> track(String caseNo, String phoneTail) {
        return matching(caseNo, phoneTail)
                .map(c -> new Tracking(
                        c.getCaseNo(),
                        c.getCategory(),
                        c.getStatus(),
                        c.getSubmittedAt(),
                        c.getCommunity().getName(),
                        c.getDepartment() == null ? null : c.getDepartment().getName(),
                        c.getDueOn(),
                        c.getResolutionNote(),
                        c.getRating(),
                        events.findByCaseIdAndPublicStepTrueOrderByAtAscIdAsc(c.getId())));
    }

    /** The reporter rates a closed case; dissatisfied reopens it for review. */
    @Transactional
    public void rate(String caseNo, String phoneTail, Rating rating) {
        GovCase c = matching(caseNo, phoneTail).orElseThrow(() -> new NotFoundException("case " + caseNo));
        CaseWorkflow.check(c.getStatus(), CaseAction.RATE);
        if (c.getRating() != null) {
            throw new FieldRuleException("rating", "case.error.alreadyRated");
        }
        c.rate(rating);
        events.save(new CaseEvent(c.getId(), "reporter", CaseAction.RATE, rating.name(), true));
        if (rating == Rating.DISSATISFIED) {
            c.moveTo(CaseWorkflow.check(c.getStatus(), CaseAction.REOPEN));
            c.reopen();
            c.assign(null);
            LocalDate today = today();
            c.schedule(today, workingDays.add(today, limit(c)));
            events.save(new CaseEvent(c.getId(), "reporter", CaseAction.REOPEN, null, true));
        }
    }

    private Optional<GovCase> matching(String caseNo, String phoneTail) {
        if (caseNo == null || phoneTail == null || !phoneTail.trim().matches("\\d{4}")) {
            return Optional.empty();
        }
        return cases.findByCaseNo(caseNo.trim().toUpperCase())
                .filter(c ->
                        c.getReporterPhone() != null && c.getReporterPhone().endsWith(phoneTail.trim()));
    }

    // ---------------------------------------------------------------- staff: lists and details

    @Transactional(readOnly = true)
    public Page<GovCase> search(Filter f, Pageable pageable) {
        CurrentUser user = staff();
        Long dept = departmentOf(user);
        // A community secretary's scope is one community: naming it lets PostgreSQL read the community's index in
        // order (newest first) instead of sorting all its cases. The scope condition still applies.
        Long community = f.communityId();
        if (community == null && user.role() == Role.COMMUNITY_SECRETARY && user.regionId() != null) {
            community = user.regionId();
        }
        Page<GovCase> page = cases.search(
                dept == null ? user.scopePrefix() : "/",
                dept,
                nameOf(f.status()),
                nameOf(f.category()),
                community,
                blankToNull(f.caseNo()) == null ? null : f.caseNo().trim().toUpperCase(),
                pageable);
        page.forEach(GovCase::loadNames);
        return page;
    }

    @Transactional(readOnly = true)
    public Page<GovCase> overdue(Pageable pageable) {
        CurrentUser user = staff();
        Long dept = departmentOf(user);
        Page<GovCase> page = cases.overdue(dept == null ? user.scopePrefix() : "/", dept, today(), pageable);
        page.forEach(GovCase::loadNames);
        return page;
    }

    /** A case the user may see: 404 when missing, 403 outside their scope or department. */
    @Transactional(readOnly = true)
    public GovCase get(long id) {
        GovCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("case " + id));
        CurrentUser user = staff();
        if (user.role() == Role.DEPARTMENT_STAFF) {
            Long dept = departmentOf(user);
            if (c.getDepartment() == null || !c.getDepartment().getId().equals(dept)) {
                throw new AccessDeniedException("not assigned to the department of " + user.username());
            }
        } else {
            user.checkCovers(c.getCommunity().getPath());
        }
        c.loadNames();
        return c;
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> timeline(long id) {
        get(id);
        return events.findByCaseIdOrderByAtAscIdAsc(id);
    }

    @Transactional(readOnly = true)
    public List<Long> photoIds(long id) {
        get(id);
        return photos.idsOf(id);
    }

    @Transactional(readOnly = true)
    public CasePhoto photo(long id, long photoId) {
        get(id);
        return photos.findById(photoId)
                .filter(p -> p.getCaseId() == id)
                .orElseThrow(() -> new NotFoundException("photo " + photoId));
    }

    @Transactional(readOnly = true)
    public List<CaseSupervision> supervisions(long id) {
        get(id);
        return supervisions.findByCaseIdOrderByNotedAtAscIdAsc(id);
    }

    /** Departments a case may go to: those of its district. */
    @Transactional(readOnly = true)
    public List<Department> departmentsFor(GovCase c) {
        return departmentsOfPath(c.getCommunity().getPath());
    }

    /** The department the routing rules suggest for the case. */
    @Transactional(readOnly = true)
    public Optional<Long> suggestedDepartment(GovCase c) {
        return departmentsFor(c).stream()
                .findFirst()
                .flatMap(d ->
                        departments.routedTo(d.getDistrictId(), c.getCategory().name()));
    }

    /** The actions the current user may take on the case now. */
    public Set<CaseAction> actionsFor(GovCase c) {
        CurrentUser user = staff();
        Set<CaseAction> result = EnumSet.noneOf(CaseAction.class);
        for (CaseAction a : CaseAction.values()) {
            if (a == CaseAction.RATE || a == CaseAction.REOPEN || a == CaseAction.SUBMIT) {
                continue;
            }
            if (CaseWorkflow.allowed(c.getStatus(), a)
                    && mayAct(user, c, CaseWorkflow.of(a).actor())) {
                result.add(a);
            }
        }
        if (c.getPendingExtensionDays() == null) {
            result.remove(CaseAction.APPROVE_EXTENSION);
            result.remove(CaseAction.REFUSE_EXTENSION);
        } else {
            result.remove(CaseAction.REQUEST_EXTENSION);
        }
        result.remove(CaseAction.SUPERVISION_REPLY);
        return result;
    }

    public boolean canReplyToSupervision(GovCase c) {
        return mayAct(staff(), c, CaseWorkflow.Actor.DEPARTMENT);
    }

    // ---------------------------------------------------------------- staff: the workflow

    @Transactional
    public GovCase accept(long id, long version, boolean green) {
        GovCase c = acting(id, version, CaseAction.ACCEPT);
        c.setGreenChannel(green || c.isGreenChannel());
        c.moveTo(CaseStatus.ACCEPTED);
        if (c.getDueOn() == null) {
            LocalDate today = today();
            c.schedule(today, workingDays.add(today, limit(c)));
        }
        event(c, CaseAction.ACCEPT, c.isGreenChannel() ? "绿色通道" : null, true);
        return c;
    }

    @Transactional
    public GovCase reject(long id, long version, String reason) {
        GovCase c = acting(id, version, CaseAction.REJECT);
        String why = required("reason", reason);
        c.reject(why);
        c.moveTo(CaseStatus.REJECTED);
        event(c, CaseAction.REJECT, why, true);
        publisher.publishEvent(new CaseRejected(c.getId()));
        return c;
    }

    @Transactional
    public GovCase assign(long id, long version, Long departmentId) {
        GovCase c = acting(id, version, CaseAction.ASSIGN);
        Department d = departmentId == null
                ? null
                : departmentsFor(c).stream()
                        .filter(x -> x.getId().equals(departmentId))
                        .findFirst()
                        .orElse(null);
        if (d == null) {
            throw new FieldRuleException("departmentId", "case.error.department");
        }
        c.assign(d);
        c.moveTo(CaseStatus.ASSIGNED);
        event(c, CaseAction.ASSIGN, d.getName(), true);
        return c;
    }

    @Transactional
    public GovCase start(long id, long version) {
        GovCase c = acting(id, version, CaseAction.START);
        c.moveTo(CaseStatus.IN_PROGRESS);
        event(c, CaseAction.START, null, true);
        return c;
    }

    @Transactional
    public GovCase giveBack(long id, long version, String reason) {
        GovCase c = acting(id, version, CaseAction.RETURN);
        String why = required("reason", reason);
        String from = c.getDepartment().getName();
        c.assign(null);
        c.clearExtension();
        c.moveTo(CaseStatus.ACCEPTED);
        event(c, CaseAction.RETURN, from + ": " + why, false);
        return c;
    }

    @Transactional
    public GovCase resolve(long id, long version, String note, byte[] photo) {
        GovCase c = acting(id, version, CaseAction.RESOLVE);
        String text = required("note", note);
        List<CleanPhoto> clean = photo == null || photo.length == 0 ? List.of() : List.of(Photos.clean("photo", photo));
        c.resolve(text);
        c.clearExtension();
        c.moveTo(CaseStatus.RESOLVED);
        clean.forEach(p -> photos.save(new CasePhoto(c.getId(), "RESOLUTION", p)));
        event(c, CaseAction.RESOLVE, text, true);
        return c;
    }

    @Transactional
    public GovCase verify(long id, long version) {
        GovCase c = acting(id, version, CaseAction.VERIFY);
        c.moveTo(CaseStatus.CLOSED);
        event(c, CaseAction.VERIFY, null, true);
        return c;
    }

    @Transactional
    public GovCase requestExtension(long id, long version, Integer days, String reason) {
        GovCase c = acting(id, version, CaseAction.REQUEST_EXTENSION);
        if (c.getPendingExtensionDays() != null) {
            throw new FieldRuleException("days", "case.error.extensionPending");
        }
        if (c.getDueOn() != null && today().isAfter(c.getDueOn())) {
            throw new FieldRuleException("days", "case.error.extensionLate");
        }
        if (days == null || days < 1 || days > 30) {
            throw new FieldRuleException("days", "case.error.extensionDays");
        }
        String why = required("reason", reason);
        c.requestExtension(days, why);
        event(c, CaseAction.REQUEST_EXTENSION, days + ": " + why, false);
        return c;
    }

    @Transactional
    public GovCase decideExtension(long id, long version, boolean approve) {
        GovCase c = acting(id, version, approve ? CaseAction.APPROVE_EXTENSION : CaseAction.REFUSE_EXTENSION);
        if (c.getPendingExtensionDays() == null) {
            throw new FieldRuleException("action", "case.error.transition");
        }
        int days = c.getPendingExtensionDays();
        if (approve) {
            c.extendTo(workingDays.add(c.getDueOn() == null ? today() : c.getDueOn(), days));
        }
        c.clearExtension();
        event(
                c,
                approve ? CaseAction.APPROVE_EXTENSION : CaseAction.REFUSE_EXTENSION,
                approve ? String.valueOf(c.getDueOn()) : null,
                approve);
        return c;
    }

    @Transactional
    public CaseSupervision supervise(long id, long version, String note) {
        GovCase c = acting(id, version, CaseAction.SUPERVISE);
        String text = required("note", note);
        event(c, CaseAction.SUPERVISE, text, false);
        return supervisions.save(new CaseSupervision(c.getId(), text, CurrentUsers.actorName()));
    }

    @Transactional
    public void replyToSupervision(long id, long supervisionId, String reply) {
        GovCase c = get(id);
        if (!canReplyToSupervision(c)) {
            throw new AccessDeniedException("only the department replies");
        }
        CaseSupervision s = supervisions
                .findById(supervisionId)
                .filter(x -> x.getCaseId() == id)
                .orElseThrow(() -> new NotFoundException("supervision " + supervisionId));
        String text = required("reply", reply);
        s.reply(text, CurrentUsers.actorName());
        event(c, CaseAction.SUPERVISION_REPLY, text, false);
    }

    // ---------------------------------------------------------------- deadlines

    /** The traffic light of each case, computed with one read of the holiday calendar. */
    @Transactional(readOnly = true)
    public Map<Long, TrafficLight> lights(List<GovCase> list) {
        LocalDate today = today();
        LocalDate from = list.stream()
                .map(GovCase::getStartedOn)
                .filter(d -> d != null)
                .min(LocalDate::compareTo)
                .orElse(today);
        LocalDate to = list.stream()
                .map(GovCase::getDueOn)
                .filter(d -> d != null)
                .max(LocalDate::compareTo)
                .orElse(today);
        WorkingDays.Calendar cal = workingDays.between(from.minusDays(1), to.isAfter(today) ? to : today);
        Map<Long, TrafficLight> result = new HashMap<>();
        for (GovCase c : list) {
            result.put(c.getId(), light(c, cal, today));
        }
        return result;
    }

    static TrafficLight light(GovCase c, WorkingDays.Calendar cal, LocalDate today) {
        if (!c.getStatus().isRunning() || c.getDueOn() == null) {
            return TrafficLight.NONE;
        }
        if (today.isAfter(c.getDueOn())) {
            return TrafficLight.RED;
        }
        LocalDate start = c.getStartedOn() == null ? today : c.getStartedOn();
        int total = Math.max(1, cal.count(start, c.getDueOn()));
        int used = cal.count(start, today);
        return used * 10 >= total * 8 ? TrafficLight.YELLOW : TrafficLight.GREEN;
    }

    int limit(GovCase c) {
        return jdbc.queryForObject(
                "select " + (c.isGreenChannel() ? "green_days" : "working_days")
                        + " from category_limit where category = ?",
                Integer.class,
                c.getCategory().name());
    }

    // ---------------------------------------------------------------- helpers

    private GovCase acting(long id, long version, CaseAction action) {
        GovCase c = get(id);
        c.checkVersion(version);
        if (!mayAct(CurrentUsers.require(), c, CaseWorkflow.of(action).actor())) {
            throw new AccessDeniedException(action + " not allowed for this user");
        }
        CaseWorkflow.check(c.getStatus(), action);
        return c;
    }

    private boolean mayAct(CurrentUser user, GovCase c, CaseWorkflow.Actor actor) {
        return switch (actor) {
            case DISPATCHER ->
                DISPATCHERS.contains(user.role())
                        && user.covers(c.getCommunity().getPath());
            case SUPERVISOR ->
                SUPERVISORS.contains(user.role())
                        && user.covers(c.getCommunity().getPath());
            case DEPARTMENT ->
                user.role() == Role.DEPARTMENT_STAFF
                        && c.getDepartment() != null
                        && c.getDepartment().getId().equals(departmentOf(user));
            case REPORTER -> false;
        };
    }

    private CurrentUser staff() {
        CurrentUser user = CurrentUsers.require();
        if (!DISPATCHERS.contains(user.role()) && user.role() != Role.DEPARTMENT_STAFF) {
            throw new AccessDeniedException("not staff of governance");
        }
        return user;
    }

    /** The department of a department staff account; null for other roles. */
    private Long departmentOf(CurrentUser user) {
        if (user.role() != Role.DEPARTMENT_STAFF) {
            return null;
        }
        return departments.departmentOf(user.id()).orElse(-1L);
    }

    List<Department> departmentsOfPath(String path) {
        return departments.findAll().stream()
                .filter(d -> d.isActive() && path.contains("/" + d.getDistrictId() + "/"))
                .sorted(java.util.Comparator.comparing(Department::getName))
                .toList();
    }

    private Region community(Long id) {
        return (id == null ? Optional.<Region>empty() : regions.findById(id))
                .filter(r -> r.getLevel() == RegionLevel.COMMUNITY && r.isActive())
                .orElseThrow(() -> new FieldRuleException("communityId", "case.error.community"));
    }

    private void event(GovCase c, CaseAction action, String note, boolean isPublic) {
        events.save(new CaseEvent(c.getId(), CurrentUsers.actorName(), action, note, isPublic));
    }

    private String nextCaseNo() {
        return "GZ" + today().format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%06d", cases.nextNumber() % 1_000_000);
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private static String required(String field, String s) {
        if (s == null || s.isBlank()) {
            throw new FieldRuleException(field, "case.error.required");
        }
        if (s.length() > 500) {
            throw new FieldRuleException(field, "case.error.tooLong");
        }
        return s.trim();
    }

    private static String nameOf(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
