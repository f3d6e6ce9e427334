package cn.xinjiuye.portal.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.organization.internal.MobileMemberService.Period;
import cn.xinjiuye.portal.support.IntegrationTest;
import cn.xinjiuye.portal.support.TestValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The late feedback letters, found by one SQL query, on fixed dates: a letter is late when its half year ended more
 * than 30 days before today and it is not on file, for every half year of the agreement up to its end.
 */
@IntegrationTest
public class LateFeedbackIntegrationTest {

    @Autowired
    MobileMemberService mobile;

    @Autowired
    JdbcTemplate jdbc;

    String prefix;
    long branch;

    @BeforeEach
    void branchOfItsOwn() {
        long street = jdbc.queryForObject("select id from region where code = '210302'", Long.class);
        String code = "2103020" + TestValues.digits(5);
        long community = jdbc.queryForObject(
                "insert into region (code, name, level, parent_id, path) values (?, ?, 'COMMUNITY', ?, '/') "
                        + "returning id",
                Long.class,
                code,
                TestValues.name("迟报社区"),
                street);
        jdbc.update(
                "update region set path = (select path from region where id = ?) || id || '/' where id = ?",
                street,
                community);
        prefix = jdbc.queryForObject("select path from region where id = ?", String.class, community);
        branch = jdbc.queryForObject(
                "insert into party_organization (name, type, region_id, industry) "
                        + "values (?, 'JOINT_BRANCH', ?, 'EXPRESS') returning id",
                Long.class,
                TestValues.name("迟报支部"),
                community);
    }

    long member(LocalDate signed, int termMonths) {
        long person = jdbc.queryForObject(
                "insert into person (name, gender, birth_date, id_cipher, id_blind_index, id_masked, occupation, "
                        + "region_id, branch_id, political_status) select ?, 'MALE', '1990-01-01', '\\x00', ?, "
                        + "'210*************01', 'COURIER', region_id, id, 'FULL_MEMBER' from party_organization "
                        + "where id = ? returning id",
                Long.class,
                TestValues.name("迟报党员"),
                TestValues.name("late-blind-"),
                branch);
        return jdbc.queryForObject(
                "insert into mobile_member (person_id, host_branch_id, home_org_name, home_org_region, "
                        + "home_org_contact, agreement_signed_on, term_months) "
                        + "values (?, ?, '中共某镇党委', '辽宁省', '张书记', ?, ?) returning id",
                Long.class,
                person,
                branch,
                signed,
                termMonths);
    }

    void sent(long member, int year, int half, LocalDate on) {
        jdbc.update(
                "insert into feedback_letter (mobile_member_id, year, half, evaluation, sent_on) values (?, ?, ?, '好', ?)",
                member,
                year,
                half,
                on);
    }

    List<Period> late(long member, LocalDate today) {
        return mobile.late(prefix, null, today).stream()
                .filter(l -> l.memberId() == member)
                .map(LateLetter::period)
                .toList();
    }

    @Test
    void aLetterIsLateFromTheThirtyFirstDayAfterItsHalfYearUntilItIsSent() {
        long m = member(LocalDate.of(2024, 3, 10), 12);
        sent(m, 2024, 1, LocalDate.of(2024, 7, 20));
        assertThat(late(m, LocalDate.of(2025, 1, 30))).isEmpty();
        assertThat(late(m, LocalDate.of(2025, 1, 31))).containsExactly(new Period(2024, 2));
        // The agreement ended on 10 March 2025: its last half year is the first of 2025.
        assertThat(late(m, LocalDate.of(2026, 6, 1))).containsExactly(new Period(2024, 2), new Period(2025, 1));
        sent(m, 2024, 2, LocalDate.of(2025, 2, 3));
        assertThat(late(m, LocalDate.of(2026, 6, 1))).containsExactly(new Period(2025, 1));
    }

    @Test
    void aMemberBroughtBackIsNotAskedForLetters() {
        long m = member(LocalDate.of(2023, 8, 1), 24);
        assertThat(late(m, LocalDate.of(2024, 3, 1))).containsExactly(new Period(2023, 2));
        jdbc.update("update mobile_member set returned = true, returned_on = '2024-02-01' where id = ?", m);
        assertThat(late(m, LocalDate.of(2024, 3, 1))).isEmpty();
    }

    /** The query agrees with the rule walked half year by half year, for agreements signed on awkward days. */
    @Test
    void theQueryAgreesWithTheRuleHalfYearByHalfYear() {
        Map<Long, LocalDate[]> agreements = new TreeMap<>();
        int[] terms = {1, 6, 7, 12, 18, 36};
        LocalDate[] signedOn = {
            LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 6, 30),
            LocalDate.of(2023, 7, 1),
            LocalDate.of(2023, 12, 31),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 8, 31)
        };
        for (int i = 0; i < signedOn.length; i++) {
            int term = terms[i];
            long m = member(signedOn[i], term);
            agreements.put(m, new LocalDate[] {signedOn[i], signedOn[i].plusMonths(term)});
            if (i % 2 == 0) {
                Period first = Period.of(signedOn[i]);
                sent(m, first.year(), first.half(), first.end().plusDays(5));
            }
        }
        for (LocalDate today : List.of(
                LocalDate.of(2023, 7, 30),
                LocalDate.of(2023, 7, 31),
                LocalDate.of(2024, 1, 30),
                LocalDate.of(2024, 1, 31),
                LocalDate.of(2024, 7, 31),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2027, 1, 1))) {
            for (Map.Entry<Long, LocalDate[]> a : agreements.entrySet()) {
                assertThat(late(a.getKey(), today))
                        .as("agreement signed %s, today %s", a.getValue()[0], today)
                        .isEqualTo(walk(a.getKey(), a.getValue()[0], a.getValue()[1], today));
            }
        }
    }

    /** The rule as MobileMemberService once computed it, one half year and one query at a time. */
    List<Period> walk(long member, LocalDate signed, LocalDate ends, LocalDate today) {
        Set<String> sent = Set.copyOf(jdbc.queryForList(
                "select year || '/' || half from feedback_letter where mobile_member_id = ?", String.class, member));
        LocalDate until = ends.isBefore(today) ? ends : today;
        List<Period> out = new ArrayList<>();
        for (Period p = Period.of(signed); !p.start().isAfter(until); p = p.next()) {
            if (p.feedbackDue().isBefore(today) && !sent.contains(p.year() + "/" + p.half())) {
                out.add(p);
            }
        }
        return out;
    }
}
