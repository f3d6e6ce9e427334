package cn.xinjiuye.portal.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinjiuye.portal.support.TestDatabase;
import cn.xinjiuye.portal.support.TestValues;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The ID-key rotation on a database of its own (it re-seals every person row, and the shared test database holds
 * rows with made-up ciphertext): the portal runs with the new key and the old one as previous, rows sealed with the
 * old key read before, during and after the rotation, a second run changes nothing, and a run that fails half way
 * keeps its committed batches and is resumed by the next.
 */
@SpringBootTest(
        properties = {
            "portal.crypto.id-key=" + IdKeyRotationIntegrationTest.NEW_KEY,
            "portal.id-key.previous=" + IdKeyRotationIntegrationTest.OLD_KEY
        })
@ActiveProfiles("id-key-rotation-test")
@DirtiesContext
class IdKeyRotationIntegrationTest {

    static final String OLD_KEY = "b2xkLWtleS1mb3ItaWQtbnVtYmVycy0wMDAwMDAwMDA=";
    static final String NEW_KEY = "bmV3LWtleS1mb3ItaWQtbnVtYmVycy0wMDAwMDAwMDA=";
    static final String LOST_KEY = "bG9zdC1rZXktZm9yLWlkLW51bWJlcnMtMDAwMDAwMDA=";

    static final EmbeddedPostgres POSTGRES = TestDatabase.startEmbedded();

    /** The portal as it was before the rotation, and as it will be after it (the old key removed). */
    static final IdNumberProtector BEFORE = new IdNumberProtector(OLD_KEY, new MockEnvironment());

    static final IdNumberProtector AFTER = new IdNumberProtector(NEW_KEY, new MockEnvironment());

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.useOwn(registry, POSTGRES);
    }

    @AfterAll
    static void stop() throws Exception {
        POSTGRES.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdKeyRotation rotation;

    @Autowired
    IdNumberProtector protector;

    @Autowired
    PersonRepository people;

    long community;

    @BeforeEach
    void community() {
        String code = TestValues.digits(12);
        long province = jdbc.queryForObject(
                "insert into region (code, name, level, path) values (?, '某省', 'PROVINCE', '/') returning id",
                Long.class,
                TestValues.digits(9));
        community = jdbc.queryForObject(
                "insert into region (code, name, level, parent_id, path) values (?, '某社区', 'COMMUNITY', ?, ?) "
                        + "returning id",
                Long.class,
                code,
                province,
                "/" + province + "/");
    }

    /** A person whose ID number {@code sealer} sealed, named by {@code keyId} (null: a row from before key ids). */
    long person(String idNumber, IdNumberProtector sealer, String keyId) {
        IdNumberProtector.Sealed sealed = sealer.seal(idNumber);
        return jdbc.queryForObject(
                "insert into person (name, gender, birth_date, id_cipher, id_blind_index, id_key, id_masked, "
                        + "occupation, region_id) values (?, 'MALE', '1990-03-07', ?, ?, ?, '210*************01', "
                        + "'COURIER', ?) returning id",
                Long.class,
                TestValues.name("轮换"),
                sealed.cipher(),
                sealed.blindIndex(),
                keyId,
                community);
    }

    /** {@code count} people with new ID numbers, sealed with the old key and named by {@code keyId(i)}. */
    List<Long> people(List<String> numbers, int count, IntFunction<String> keyId) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(idNumber());
            ids.add(person(numbers.get(i), BEFORE, keyId.apply(i)));
        }
        return ids;
    }

    static String idNumber() {
        return IdNumbers.withCheck("210302199003" + TestValues.digits(5));
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap("select id_cipher, id_blind_index, id_key from person where id = ?", id);
    }

    /** The portal reads the row's ID number, and finds the row by that number. */
    void readable(long id, String idNumber) {
        Map<String, Object> row = row(id);
        assertThat(protector.decrypt((byte[]) row.get("id_cipher"), (String) row.get("id_key")))
                .isEqualTo(idNumber);
        assertThat(people.findFirstByIdBlindIndexIn(protector.blindIndexes(idNumber)))
                .hasValueSatisfying(p -> assertThat(p.getId()).isEqualTo(id));
    }

    /** The row is sealed with the new key alone: it reads without the old key. */
    void onTheNewKey(long id, String idNumber) {
        Map<String, Object> row = row(id);
        assertThat(row.get("id_key")).isEqualTo(AFTER.keyId());
        assertThat(AFTER.decrypt((byte[]) row.get("id_cipher"), AFTER.keyId())).isEqualTo(idNumber);
        assertThat(row.get("id_blind_index")).isEqualTo(AFTER.blindIndex(idNumber));
    }

    void onTheOldKey(long id, String idNumber) {
        Map<String, Object> row = row(id);
        assertThat(row.get("id_key")).isEqualTo(BEFORE.keyId());
        assertThat(BEFORE.decrypt((byte[]) row.get("id_cipher"))).isEqualTo(idNumber);
    }

    int auditLines() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where actor = ? and entity_type = 'IdNumberKey' and entity_id = ?",
                Integer.class,
                IdKeyRotation.ACTOR,
                AFTER.keyId());
    }

    @Test
    void everyRowMovesToTheNewKeyWhileBothReadAndASecondRunChangesNothing() {
        List<String> numbers = new ArrayList<>();
        // The first row is from before key ids: no key named.
        List<Long> ids = people(numbers, 5, i -> i == 0 ? null : BEFORE.keyId());
        for (int i = 0; i < ids.size(); i++) {
            readable(ids.get(i), numbers.get(i));
        }
        int linesBefore = auditLines();

        IdKeyRotation.Outcome first = rotation.rotate(2);

        assertThat(first.rotated()).isEqualTo(5);
        assertThat(first.batches()).isEqualTo(3);
        assertThat(first.remaining()).isZero();
        for (int i = 0; i < ids.size(); i++) {
            onTheNewKey(ids.get(i), numbers.get(i));
            readable(ids.get(i), numbers.get(i));
        }
        assertThat(auditLines() - linesBefore)
                .as("one audit line per committed batch")
                .isEqualTo(3);
        List<Map<String, Object>> sealed = ids.stream().map(this::row).toList();

        IdKeyRotation.Outcome second = rotation.rotate(2);

        assertThat(second).isEqualTo(new IdKeyRotation.Outcome(0, 0, 0));
        assertThat(ids.stream().map(this::row).toList())
                .usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(sealed);
        assertThat(auditLines() - linesBefore).isEqualTo(3);
    }

    @Test
    void aRunThatFailsHalfWayKeepsItsBatchesAndTheNextRunGoesOn() {
        List<String> numbers = new ArrayList<>();
        List<Long> ids = people(numbers, 6, i -> BEFORE.keyId());
        // The fourth row was sealed with a key the portal does not have: the run stops there.
        IdNumberProtector lost = new IdNumberProtector(LOST_KEY, new MockEnvironment());
        long broken = ids.get(3);
        IdNumberProtector.Sealed unreadable = lost.seal(numbers.get(3));
        jdbc.update(
                "update person set id_cipher = ?, id_blind_index = ?, id_key = ? where id = ?",
                unreadable.cipher(),
                unreadable.blindIndex(),
                unreadable.keyId(),
                broken);

        assertThatThrownBy(() -> rotation.rotate(2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("person " + broken + ":");

        // The batches before the failure are done, the rest is still on the old key, and everything reads.
        onTheNewKey(ids.get(0), numbers.get(0));
        onTheNewKey(ids.get(1), numbers.get(1));
        onTheOldKey(ids.get(4), numbers.get(4));
        onTheOldKey(ids.get(5), numbers.get(5));
        for (int i : new int[] {0, 1, 2, 4, 5}) {
            readable(ids.get(i), numbers.get(i));
        }
        assertThat(rotation.remaining()).isGreaterThanOrEqualTo(3);

        // The operator finds the missing key's row and seals it again with the old key; the next run goes on.
        IdNumberProtector.Sealed repaired = BEFORE.seal(numbers.get(3));
        jdbc.update(
                "update person set id_cipher = ?, id_blind_index = ?, id_key = ? where id = ?",
                repaired.cipher(),
                repaired.blindIndex(),
                repaired.keyId(),
                broken);
        IdKeyRotation.Outcome resumed = rotation.rotate(2);

        assertThat(resumed.rotated()).as("only the rows the failed run left").isEqualTo(4);
        assertThat(resumed.remaining()).isZero();
        for (int i = 0; i < ids.size(); i++) {
            onTheNewKey(ids.get(i), numbers.get(i));
            readable(ids.get(i), numbers.get(i));
        }
    }
}
