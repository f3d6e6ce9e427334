package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Vanguard service teams, their volunteer activities and recognitions, within the user's region subtree. */
@Service
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','BRANCH_SECRETARY')")
@RequiredArgsConstructor
public class VolunteerService {

    private final VolunteerTeamRepository teams;
    private final VolunteerActivityRepository activities;
    private final RecognitionRepository recognitions;
    private final RegionService regions;
    private final Clock clock;

    @Transactional(readOnly = true)
    public List<VolunteerTeamRepository.TeamTotals> teamsWithTotals() {
        return teams.totals(CurrentUsers.require().scopePrefix());
    }

    @Transactional(readOnly = true)
    public VolunteerTeam team(long id) {
        VolunteerTeam team = teams.findById(id).orElseThrow(() -> new NotFoundException("team " + id));
        CurrentUsers.require().checkCovers(team.getRegion().getPath());
        return team;
    }

    @Transactional
    public VolunteerTeam createTeam(String regionCode, String name, String leader, LocalDate foundedOn) {
        Region region = regionInScope(regionCode);
        if (teams.existsByRegionIdAndName(region.getId(), name.trim())) {
            throw new FieldRuleException("name", "care.error.teamExists");
        }
        notInFuture(foundedOn, "foundedOn");
        return teams.save(new VolunteerTeam(name.trim(), region, leader.trim(), foundedOn));
    }

    /** A team's page with a page of its activities (scope as {@link #team}). */
    @Transactional(readOnly = true)
    public TeamView.Page teamPage(long id, Pageable pageable) {
        TeamView team = TeamView.of(team(id));
        return new TeamView.Page(
                team,
                activities
                        .search(CurrentUsers.require().scopePrefix(), id, null, pageable)
                        .map(TeamView.ActivityRow::of));
    }

    @Transactional
    public VolunteerActivity recordActivity(long teamId, Activity a) {
        VolunteerTeam team = team(teamId);
        notInFuture(a.heldOn(), "heldOn");
        return activities.save(new VolunteerActivity(team, a.tidy()));
    }

    @Transactional(readOnly = true)
    public Page<RecognitionRow> recognitions(RecognitionKind kind, Pageable pageable) {
        return recognitions
                .search(CurrentUsers.require().scopePrefix(), kind, pageable)
                .map(RecognitionRow::of);
    }

    @Transactional
    public Recognition recognize(
            RecognitionKind kind,
            String personName,
            Occupation occupation,
            String regionCode,
            LocalDate awardedOn,
            String note) {
        Region region = regionInScope(regionCode);
        notInFuture(awardedOn, "awardedOn");
        return recognitions.save(new Recognition(
                kind,
                personName.trim(),
                occupation,
                region,
                awardedOn,
                note == null || note.isBlank() ? null : note.trim()));
    }

    private Region regionInScope(String code) {
        Region region = regions.inScope(code, "regionCode", "care.error.regionUnknown", "care.error.regionOutOfScope");
        if (!region.isActive()) {
            throw new FieldRuleException("regionCode", "care.error.regionInactive");
        }
        return region;
    }

    private void notInFuture(LocalDate date, String field) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new FieldRuleException(field, "care.error.future");
        }
    }
}
