package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.jobs.DailyJob;
import cn.xinjiuye.portal.jobs.JobResult;
import cn.xinjiuye.portal.jobs.JobTally;
import cn.xinjiuye.portal.jobs.Reminder;
import cn.xinjiuye.portal.jobs.Reminders;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organization module's daily jobs, each reminding the branch secretary (the organization's secretary account):
 * feedback letters of the half year just ended, members whose probation ends within {@value #LOOK_AHEAD_DAYS} days
 * and activists who reach one year, and committees whose term ends within {@value #TERM_NOTICE_DAYS} days.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class OrganizationJobs {

    static final int LOOK_AHEAD_DAYS = 30;
    static final int TERM_NOTICE_DAYS = 90;
    static final int DEFAULT_TERM_YEARS = 3;

    /**
     * SQL: the day the probation of person {@code p} ends, its one parameter the probation's months: status_since
     * plus those months plus the extensions granted during this probation.
     */
    static final String PROBATION_ENDS = "(p.status_since + make_interval(months => ? + coalesce((select "
            + "sum(s.extension_months) from pipeline_step s where s.person_id = p.id and s.kind = 'EXTEND_PROBATION' "
            + "and s.step_date >= p.status_since), 0)::int))::date";

    record Due(long accountId, long subjectId, String name, LocalDate day) {

        /** A row of (secretary's account, subject's id, name, day). */
        static Due read(ResultSet rs, int row) throws SQLException {
            return new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class));
        }

        /** The reminder of this item: its name and day in the text, its page, once per subject and day. */
        Reminder reminder(String message, String page, LocalDate today, String key) {
            return new Reminder(
                    accountId,
                    message,
                    List.of(name, day.toString()),
                    page + subjectId,
                    today,
                    key + "-" + subjectId + "-" + day);
        }
    }

    private final JdbcTemplate jdbc;
    private final Reminders reminders;
    private final Environment env;

    @Bean
    DailyJob letterDueJob() {
        return DailyJob.of("letter-due", "0 40 7 * * *", this::remindLetters);
    }

    @Bean
    DailyJob pipelineDueJob() {
        return DailyJob.of("pipeline-due", "0 45 7 * * *", this::remindPipeline);
    }

    @Bean
    DailyJob committeeTermJob() {
        return DailyJob.of("committee-term", "0 50 7 * * *", this::remindTerms);
    }

    /** The letter of the half year that ended last is due within 30 days of its end: remind until it is sent. */
    JobResult remindLetters(LocalDate today) {
        LocalDate halfStart = today.getMonthValue() > 6
                ? LocalDate.of(today.getYear(), 1, 1)
                : LocalDate.of(today.getYear() - 1, 7, 1);
        LocalDate halfEnd = halfStart.plusMonths(6).minusDays(1);
        int half = halfStart.getMonthValue() == 1 ? 1 : 2;
        List<Due> due = jdbc.query(
                """
                select b.secretary_account_id, m.id, p.name, cast(? as date)
                  from mobile_member m
                  join person p on p.id = m.person_id
                  join party_organization b on b.id = m.host_branch_id
                 where not m.returned and b.secretary_account_id is not null
                   and m.agreement_signed_on <= ?
                   and m.agreement_signed_on + make_interval(months => m.term_months) >= ?
                   and not exists (select 1 from feedback_letter f
                                    where f.mobile_member_id = m.id and f.year = ? and f.half = ?)
                 order by m.id
                """,
                Due::read,
                halfEnd.plusDays(MobileMemberService.FEEDBACK_DAYS),
                halfEnd,
                halfStart,
                halfStart.getYear(),
                half);
        return remind(
                "letter-due",
                due,
                d -> new Reminder(
                        d.accountId(),
                        "reminder.letter.due",
                        List.of(
                                d.name(),
                                halfStart.getYear() + "/" + half,
                                d.day().toString()),
                        "/mobile-members/" + d.subjectId() + "/letters/" + halfStart.getYear() + "/" + half,
                        today,
                        "letter-" + d.subjectId() + "-" + halfStart.getYear() + "-" + half));
    }

    /** Probation ending within 30 days (extensions counted) and activists of one year: the next step is due. */
    JobResult remindPipeline(LocalDate today) {
        List<Due> conversions = inStatus("PROBATIONARY", PROBATION_ENDS, PipelineService.PROBATION_MONTHS);
        List<Due> activists = inStatus(
                "ACTIVIST", "(p.status_since + make_interval(months => ?))::date", PipelineService.ACTIVIST_MONTHS);
        List<Due> dueConversions = conversions.stream()
                .filter(d -> !d.day().isAfter(today.plusDays(LOOK_AHEAD_DAYS)))
                .toList();
        List<Due> dueActivists =
                activists.stream().filter(d -> !d.day().isAfter(today)).toList();
        JobResult a = remind(
                "pipeline-due",
                dueConversions,
                d -> d.reminder("reminder.member.conversionDue", "/people/", today, "conversion"));
        JobResult b = remind(
                "pipeline-due",
                dueActivists,
                d -> d.reminder("reminder.activist.oneYear", "/people/", today, "activist-year"));
        return new JobResult(
                a.done() + b.done(),
                a.failed() + b.failed(),
                dueConversions.size() + " conversions due, " + dueActivists.size() + " activists of one year");
    }

    /**
     * The people of a status in a branch with a secretary account, and the day their next step is due: SQL
     * {@code day}, whose one parameter is {@code months}.
     */
    private List<Due> inStatus(String status, String day, int months) {
        return jdbc.query("""
                select b.secretary_account_id, p.id, p.name, """ + day + """
                  from person p join party_organization b on b.id = p.branch_id
                 where p.political_status = ? and p.status_since is not null
                   and b.secretary_account_id is not null
                 order by p.id
                """, Due::read, months, status);
    }

    /**
     * Committees (has_committee) whose term ends within 90 days. Terms are counted from the organization's founding
     * date in steps of the type's term ({@code portal.organization.committee-term-years.<TYPE>}, default 3 years).
     */
    JobResult remindTerms(LocalDate today) {
        List<Object[]> orgs = jdbc.query(
                "select secretary_account_id, id, name, founded_on, type from party_organization "
                        + "where has_committee and founded_on is not null and secretary_account_id is not null "
                        + "order by id",
                (rs, i) -> new Object[] {
                    rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5)
                });
        List<Due> ending = orgs.stream()
                .map(o -> new Due(
                        (Long) o[0],
                        (Long) o[1],
                        (String) o[2],
                        termEnd((LocalDate) o[3], termYears((String) o[4]), today)))
                .filter(d -> !d.day().isAfter(today.plusDays(TERM_NOTICE_DAYS)))
                .toList();
        return remind(
                "committee-term",
                ending,
                d -> d.reminder("reminder.committee.termEnds", "/organizations/", today, "term"));
    }

    int termYears(String type) {
        return env.getProperty("portal.organization.committee-term-years." + type, Integer.class, DEFAULT_TERM_YEARS);
    }

    /** The first end of a term (founding + k terms, k ≥ 1) on or after today. */
    static LocalDate termEnd(LocalDate founded, int years, LocalDate today) {
        LocalDate end = founded.plusYears(years);
        while (end.isBefore(today)) {
            end = end.plusYears(years);
        }
        return end;
    }

    private JobResult remind(String job, List<Due> due, Function<Due, Reminder> reminder) {
        int[] added = {0};
        JobTally tally = new JobTally(job).eachDone(due, Due::subjectId, d -> {
            if (reminders.remind(reminder.apply(d))) {
                added[0]++;
            }
        });
        return tally.result(due.size() + " due, " + added[0] + " new reminders");
    }
}
