package cn.xinjiuye.portal.station.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.jobs.DailyJob;
import cn.xinjiuye.portal.jobs.JobResult;
import cn.xinjiuye.portal.jobs.JobTally;
import cn.xinjiuye.portal.jobs.Reminder;
import cn.xinjiuye.portal.jobs.Reminders;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stations' daily job: an active station whose 六有 inspection is overdue (none, or older than the interval)
 * reminds the secretaries of its community, once per station and overdue spell (keyed by the last inspection).
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class StationJobs {

    record Overdue(long id, String name, long communityId, LocalDate lastInspectedOn) {}

    private final JdbcTemplate jdbc;
    private final Reminders reminders;
    private final AccountDirectory accounts;
    private final StationProperties properties;

    @Bean
    DailyJob inspectionOverdueJob() {
        return DailyJob.of("inspection-overdue", "0 30 7 * * *", this::remindOverdue);
    }

    JobResult remindOverdue(LocalDate today) {
        List<Overdue> overdue = jdbc.query(
                "select id, name, region_id, last_inspected_on from station where active "
                        + "and (last_inspected_on is null or last_inspected_on < ?) order by id",
                (rs, i) -> new Overdue(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class)),
                today.minusDays(properties.inspectionIntervalDays()));
        int[] added = {0};
        JobTally tally = new JobTally("inspection-overdue").eachDone(overdue, Overdue::id, s -> {
            added[0] += reminders.remindAll(
                    accounts.enabledIds(Role.COMMUNITY_SECRETARY, s.communityId()),
                    new Reminder(
                            0,
                            "reminder.station.inspectionOverdue",
                            List.of(
                                    s.name(),
                                    s.lastInspectedOn() == null
                                            ? "—"
                                            : s.lastInspectedOn().toString()),
                            "/stations/" + s.id(),
                            today,
                            "inspection-" + s.id() + "-" + s.lastInspectedOn()));
        });
        return tally.result(overdue.size() + " stations overdue, " + added[0] + " new reminders");
    }
}
