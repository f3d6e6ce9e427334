package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import cn.xinjiuye.portal.station.StationProblemReported;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The station check loop's tasks: a courier's "not right" answer becomes a case of category 驿站问题 in the station's
 * community (on its secretary's lists, due for acceptance like every filed case), unless the station already has an
 * open one: then the answer counts on that case (a step on its timeline) instead of filing a second. Answers of one
 * station are taken one at a time (a transaction-scoped advisory lock), so two at once still make one case; the
 * answer's id is kept ({@code station_task_report}), so a republished event changes nothing.
 */
@Component
@RequiredArgsConstructor
class StationProblemCases {

    /** The advisory lock space of station tasks (the other key is the station's id). */
    private static final int LOCK_SPACE = 0x5354_4B31;

    private final JdbcTemplate jdbc;
    private final GovCaseRepository cases;
    private final CaseFiling filing;
    private final CaseDeadlines deadlines;
    private final CaseTimeline timeline;
    private final RegionService regions;

    @ApplicationModuleListener
    void on(StationProblemReported reported) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> {}, LOCK_SPACE, (int) reported.stationId());
        if (!jdbc.queryForList("select 1 from station_task_report where answer_id = ?", reported.answerId())
                .isEmpty()) {
            return;
        }
        List<Long> open = jdbc.queryForList(
                "select r.case_id from station_task_report r join gov_case c on c.id = r.case_id "
                        + "where r.station_id = ? and c.status in " + CaseStatus.WITH_DEADLINE_SQL
                        + " order by r.case_id desc limit 1",
                Long.class,
                reported.stationId());
        long caseId;
        if (open.isEmpty()) {
            caseId = file(reported);
        } else {
            caseId = open.get(0);
            GovCase c = cases.findById(caseId).orElseThrow();
            timeline.recordBy(SystemCaseEvents.ACTOR, c, CaseAction.STATION_REPORT, reported.description(), false);
        }
        jdbc.update(
                "insert into station_task_report (answer_id, station_id, case_id, problem) values (?, ?, ?, ?)",
                reported.answerId(),
                reported.stationId(),
                caseId,
                reported.problem());
    }

    /** A new case for the station's community, waiting for acceptance against its limit. */
    private long file(StationProblemReported reported) {
        Region community = regions.findById(reported.communityId()).orElseThrow();
        GovCase c = new GovCase(
                filing.nextCaseNo(),
                CaseSource.STATION_CHECK,
                CaseCategory.STATION_PROBLEM,
                reported.description(),
                reported.lat(),
                reported.lng(),
                CaseFiling.blankToNull(reported.address()),
                community,
                false,
                SystemCaseEvents.ACTOR);
        deadlines.awaitAcceptance(c);
        cases.save(c);
        timeline.recordBy(SystemCaseEvents.ACTOR, c, CaseAction.SUBMIT, null, true);
        return c.getId();
    }
}
