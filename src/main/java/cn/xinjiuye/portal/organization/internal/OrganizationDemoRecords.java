package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the organization demo's rows and remembers their ids by name, so that the sections of the demo
 * ({@link OrganizationDemoData}, {@link OrganizationDemoPeople}, {@link OrganizationDemoLife}) refer to each other's
 * records by name. Dates are relative to today.
 */
@RequiredArgsConstructor
final class OrganizationDemoRecords {

    final JdbcTemplate jdbc;
    private final IdNumberProtector protector;
    final Map<String, Long> orgs = new HashMap<>();
    final Map<String, Long> enterprises = new HashMap<>();
    final Map<String, Long> people = new HashMap<>();
    final LocalDate today;
    private int sequence = 11;

    long region(String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }

    void org(
            String name,
            String type,
            String parent,
            String regionCode,
            String industry,
            String founded,
            String secretary,
            Long secretaryAccount,
            boolean committee,
            boolean groups,
            String standard) {
        orgs.put(
                name,
                jdbc.queryForObject(
                        """
                insert into party_organization (name, type, parent_id, region_id, industry, founded_on, secretary_name,
                    secretary_account_id, has_committee, has_party_groups, standardization)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """,
                        Long.class,
                        name,
                        type,
                        parent == null ? null : orgs.get(parent),
                        region(regionCode),
                        industry,
                        LocalDate.parse(founded),
                        secretary,
                        secretaryAccount,
                        committee,
                        groups,
                        standard));
    }

    void enterprise(
            String name,
            String kind,
            String regionCode,
            String industry,
            int workers,
            String coverage,
            String org,
            String instructor,
            String instructorSent,
            String seed,
            String seedSent) {
        enterprises.put(
                name,
                jdbc.queryForObject(
                        """
                insert into enterprise (name, kind, region_id, industry, worker_count, coverage, organization_id,
                    instructor_name, instructor_sent_on, seed_members, seed_sent_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """,
                        Long.class,
                        name,
                        kind,
                        region(regionCode),
                        industry,
                        workers,
                        coverage,
                        org == null ? null : orgs.get(org),
                        instructor,
                        instructorSent == null ? null : LocalDate.parse(instructorSent),
                        seed,
                        seedSent == null ? null : LocalDate.parse(seedSent)));
    }

    void person(
            String name,
            String gender,
            String birth,
            String occupation,
            String enterprise,
            String regionCode,
            String branch,
            String status,
            LocalDate since,
            boolean twoWay,
            String skill) {
        LocalDate birthDate = LocalDate.parse(birth);
        int seq = sequence++;
        if ((seq % 2 == 1) != gender.equals("MALE")) {
            seq = sequence++;
        }
        String id =
                IdNumbers.withCheck(regionCode.substring(0, 6) + birth.replace("-", "") + String.format("%03d", seq));
        String phone = "139" + String.format("%08d", 41200000 + seq);
        IdNumberProtector.Sealed sealed = protector.seal(id);
        people.put(
                name,
                jdbc.queryForObject(
                        """
                insert into person (name, gender, birth_date, id_cipher, id_blind_index, id_key, id_masked, phone,
                    occupation, enterprise_id, region_id, branch_id, political_status, status_since, two_way_cultivation,
                    skill_title)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """,
                        Long.class,
                        name,
                        gender,
                        birthDate,
                        sealed.cipher(),
                        sealed.blindIndex(),
                        sealed.keyId(),
                        PersonService.maskIdNumber(id),
                        phone,
                        occupation,
                        enterprises.get(enterprise),
                        region(regionCode),
                        orgs.get(branch),
                        status,
                        since,
                        twoWay,
                        skill));
    }

    void step(String person, String kind, String to, LocalDate date, String body, Integer months) {
        jdbc.update(
                "insert into pipeline_step (person_id, kind, to_status, step_date, approving_body, extension_months) "
                        + "values (?, ?, ?, ?, ?, ?)",
                people.get(person),
                kind,
                to,
                date,
                body,
                months);
    }

    void service(String person, LocalDate on, String what, int hours) {
        jdbc.update(
                "insert into member_service (person_id, served_on, description, hours) values (?, ?, ?, ?)",
                people.get(person),
                on,
                what,
                hours);
    }

    void meeting(String branch, String kind, boolean online, LocalDate on, String topic, List<String> present) {
        Long id = jdbc.queryForObject(
                "insert into party_meeting (branch_id, kind, online, held_on, topic) values (?, ?, ?, ?, ?) returning id",
                Long.class,
                orgs.get(branch),
                kind,
                online,
                on,
                topic);
        for (String p : present) {
            jdbc.update("insert into meeting_attendance (meeting_id, person_id) values (?, ?)", id, people.get(p));
        }
    }
}
