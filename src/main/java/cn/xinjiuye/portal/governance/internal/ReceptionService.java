package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Friday reception sessions (周五会客厅) recorded by community secretaries, with their concern lists. */
@Service
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
@RequiredArgsConstructor
public class ReceptionService {

    private final ReceptionSessionRepository sessions;
    private final GovCaseRepository cases;
    private final CaseFiling filing;
    private final RegionService regions;
    private final Clock clock;

    /** One concern-list item: what was raised and by whom. */
    public record Item(
            CaseCategory category, String description, String visitorName, String visitorPhone, boolean greenChannel) {}

    /** The page of a session: the session and the cases of its concern list. */
    public record SessionPage(ReceptionRow session, List<ReceptionCase> cases) {}

    /** What the form offers: the communities of the user's scope, and today (the default date). */
    public record FormOptions(List<Region> communities, LocalDate today) {

        /** The community to preselect: the only one, if the user has one. */
        public Long onlyCommunity() {
            return communities.size() == 1 ? communities.get(0).getId() : null;
        }
    }

    /** The sessions of the user's scope, latest first, with community names and item counts. */
    @Transactional(readOnly = true)
    public Page<ReceptionRow> search(Pageable pageable) {
        return sessions.search(CurrentUsers.require().scopePrefix(), pageable);
    }

    /** A session of the user's scope with its cases: 404 when missing, 403 outside the scope. */
    @Transactional(readOnly = true)
    public SessionPage page(long id) {
        ReceptionSession s = sessions.findById(id).orElseThrow(() -> new NotFoundException("reception " + id));
        Region community = regions.findById(s.getCommunityId()).orElseThrow();
        CurrentUsers.require().checkCovers(community.getPath());
        return new SessionPage(sessions.row(id).orElseThrow(), cases.ofReception(id));
    }

    @Transactional(readOnly = true)
    public FormOptions formOptions() {
        return new FormOptions(regions.options(RegionLevel.COMMUNITY), LocalDate.now(clock));
    }

    /** Records a session and turns each non-empty item into a case due one week after the session. */
    @Transactional
    public ReceptionSession record(
            Long communityId, LocalDate heldOn, String venue, String official, int visitors, List<Item> items) {
        CurrentUser user = CurrentUsers.require();
        Region community = (communityId == null ? Optional.<Region>empty() : regions.findById(communityId))
                .filter(r -> r.getLevel() == RegionLevel.COMMUNITY && r.isActive())
                .orElseThrow(() -> new FieldRuleException("communityId", "case.error.community"));
        if (!user.covers(community.getPath())) {
            throw new FieldRuleException("communityId", "case.error.communityOutOfScope");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new FieldRuleException("heldOn", "reception.error.future");
        }
        if (items.isEmpty()) {
            throw new FieldRuleException("items", "reception.error.items");
        }
        ReceptionSession s = sessions.save(new ReceptionSession(
                community.getId(), heldOn, venue.trim(), official.trim(), visitors, CurrentUsers.actorName()));
        for (Item item : items) {
            filing.fileFromReception(
                    s,
                    item.category(),
                    item.description(),
                    item.visitorName(),
                    item.visitorPhone(),
                    item.greenChannel());
        }
        return s;
    }
}
