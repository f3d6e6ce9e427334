package cn.xinjiuye.portal.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.jobs.DailyJob;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organization module's daily jobs, driven with a fixed date: the branch secretary is reminded of a committee
 * whose term ends within 90 days, a probation ending within 30 days, an activist of one year and a feedback letter
 * of the half year just ended, once however often the jobs run.
 */
@IntegrationTest
class OrganizationJobsIntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("committeeTermJob")
    DailyJob terms;

    @Autowired
    @Qualifier("pipelineDueJob")
    DailyJob pipeline;

    @Autowired
    @Qualifier("letterDueJob")
    DailyJob letters;

    /** A branch secretary of this test's own: the demo secretary's pages must not fill up with its branches. */
    Long secretary;

    long secretary() {
        if (secretary == null) {
            secretary = jdbc.queryForObject(
                    "insert into account (username, display_name, password_hash, role, region_id) values (?, ?, 'x', "
                            + "'BRANCH_SECRETARY', (select id from region where code = '210302011001')) returning id",
                    Long.class,
                    TestValues.name("secretary"),
                    TestValues.name("书记"));
        }
        return secretary;
    }

    long branch(LocalDate foundedOn) {
        return jdbc.queryForObject(
                "insert into party_organization (name, type, region_id, industry, founded_on, has_committee, "
                        + "secretary_account_id) values (?, 'BRANCH', (select id from region where code = "
                        + "'210302011001'), 'EXPRESS', ?, true, ?) returning id",
                Long.class,
                TestValues.name("任期支部"),
                foundedOn,
                secretary());
    }

    long person(long branch, String status, LocalDate since) {
        return jdbc.queryForObject(
                "insert into person (name, gender, birth_date, id_cipher, id_blind_index, id_masked, occupation, "
                        + "region_id, branch_id, political_status, status_since) select ?, 'MALE', '1990-01-01', "
                        + "'\\x00', ?, '210*************01', 'COURIER', region_id, id, ?, ? from party_organization "
                        + "where id = ? returning id",
                Long.class,
                TestValues.name("提醒"),
                TestValues.name("blind"),
                status,
                since,
                branch);
    }

    int reminders(String key) {
        return jdbc.queryForObject(
                "select count(*) from reminder where account_id = ? and dedupe_key = ?",
                Integer.class,
                secretary(),
                key);
    }

    @Test
    void aCommitteeWhoseTermEndsWithinNinetyDaysIsRemindedOnce() {
        long ending = branch(LocalDate.of(2023, 12, 20));
        long later = branch(LocalDate.of(2024, 6, 1));

        terms.run(TODAY);
        terms.run(TODAY);

        assertThat(reminders("term-" + ending + "-2026-12-20")).isEqualTo(1);
        assertThat(reminders("term-" + later + "-2027-06-01")).isZero();
    }

    @Test
    void probationEndingWithinThirtyDaysAndActivistsOfOneYearAreRemindedOnce() {
        long branch = branch(LocalDate.of(2020, 1, 1));
        long probationer = person(branch, "PROBATIONARY", LocalDate.of(2025, 12, 15));
        long activist = person(branch, "ACTIVIST", LocalDate.of(2025, 11, 30));
        long young = person(branch, "ACTIVIST", LocalDate.of(2026, 1, 1));
        long extended = person(branch, "PROBATIONARY", LocalDate.of(2025, 12, 10));
        jdbc.update(
                "insert into pipeline_step (person_id, kind, to_status, step_date, approving_body, extension_months) "
                        + "values (?, 'EXTEND_PROBATION', 'PROBATIONARY', '2026-11-01', '支部大会', 6)",
                extended);

        pipeline.run(TODAY);
        pipeline.run(TODAY);

        assertThat(reminders("conversion-" + probationer + "-2026-12-15")).isEqualTo(1);
        assertThat(reminders("activist-year-" + activist + "-2026-11-30")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder where dedupe_key like ? or dedupe_key like ?",
                        Integer.class,
                        "activist-year-" + young + "-%",
                        "conversion-" + extended + "-%"))
                .isZero();
    }

    @Test
    void theLetterOfTheHalfYearJustEndedIsRemindedUntilItIsSent() {
        long branch = branch(LocalDate.of(2020, 1, 1));
        long member = mobileMember(branch);
        long sent = mobileMember(branch);
        jdbc.update(
                "insert into feedback_letter (mobile_member_id, year, half, evaluation, sent_on) "
                        + "values (?, 2026, 1, '良好', '2026-07-10')",
                sent);

        letters.run(TODAY);
        letters.run(TODAY);

        assertThat(reminders("letter-" + member + "-2026-1")).isEqualTo(1);
        assertThat(reminders("letter-" + sent + "-2026-1")).isZero();
    }

    long mobileMember(long branch) {
        long person = person(branch, "FULL_MEMBER", LocalDate.of(2015, 7, 1));
        return jdbc.queryForObject(
                "insert into mobile_member (person_id, host_branch_id, home_org_name, home_org_region, "
                        + "home_org_contact, agreement_signed_on, term_months) values (?, ?, '原籍党支部', '辽宁省', "
                        + "'王书记', '2026-01-10', 24) returning id",
                Long.class,
                person,
                branch);
    }
}
