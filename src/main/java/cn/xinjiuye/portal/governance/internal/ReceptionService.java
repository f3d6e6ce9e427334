package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Friday reception sessions (周五会客厅) recorded by community secretaries, with their concern lists. */
@Service
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
public class ReceptionService {

    private final ReceptionSessionRepository sessions;
    private final CaseService cases;
    private final RegionService regions;
    private final JdbcTemplate jdbc;

    ReceptionService(ReceptionSessionRepository sessions, CaseService cases, RegionService regions, JdbcTemplate jdbc) {
        this.sessions = sessions;
        this.cases = cases;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /** One concern-list item: what was raised and by whom. */
    public record Item(
            CaseCategory category, String description, String visitorName, String visitorPhone, boolean greenChannel) {}

    public record SessionRow(ReceptionSession session, String communityName, long items) {}

    @Transactional(readOnly = true)
    public List<GovCase> cases(long id) {
        get(id);
        return cases.ofReception(id);
    }

    @Transactional(readOnly = true)
    public Page<SessionRow> search(Pageable pageable) {
        return sessions.search(CurrentUsers.require().scopePrefix(), pageable).map(this::row);
    }

    @Transactional(readOnly = true)
    public SessionRow get(long id) {
        ReceptionSession s = sessions.findById(id).orElseThrow(() -> new NotFoundException("reception " + id));
        Region community = regions.findById(s.getCommunityId()).orElseThrow();
        CurrentUsers.require().checkCovers(community.getPath());
        return row(s);
    }

    @Transactional(readOnly = true)
    public List<Region> communities() {
        return regions.options(RegionLevel.COMMUNITY);
    }

    /** Records a session and turns each non-empty item into a case due one week after the session. */
    @Transactional
    public ReceptionSession record(
            Long communityId, LocalDate heldOn, String venue, String official, int visitors, List<Item> items) {
        CurrentUser user = CurrentUsers.require();
        Region community = (communityId == null ? java.util.Optional.<Region>empty() : regions.findById(communityId))
                .filter(r -> r.getLevel() == RegionLevel.COMMUNITY && r.isActive())
                .orElseThrow(() -> new FieldRuleException("communityId", "case.error.community"));
        if (!user.covers(community.getPath())) {
            throw new FieldRuleException("communityId", "case.error.communityOutOfScope");
        }
        if (heldOn.isAfter(CaseService.today())) {
            throw new FieldRuleException("heldOn", "reception.error.future");
        }
        if (items.isEmpty()) {
            throw new FieldRuleException("items", "reception.error.items");
        }
        ReceptionSession s = sessions.save(new ReceptionSession(
                community.getId(), heldOn, venue.trim(), official.trim(), visitors, CurrentUsers.actorName()));
        for (Item item : items) {
            cases.fileFromReception(
                    s,
                    item.category(),
                    item.description(),
                    item.visitorName(),
                    item.visitorPhone(),
                    item.greenChannel());
        }
        return s;
    }

    private SessionRow row(ReceptionSession s) {
        String name = regions.findById(s.getCommunityId()).map(Region::getName).orElse("");
        Long n = jdbc.queryForObject(
                "select count(*) from gov_case where reception_session_id = ?", Long.class, s.getId());
        return new SessionRow(s, name, n == null ? 0 : n);
    }
}
