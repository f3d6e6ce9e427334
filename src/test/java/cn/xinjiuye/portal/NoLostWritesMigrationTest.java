package cn.xinjiuye.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xinjiuye.portal.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V75 on data written before it, on a database of its own: duplicate station names are renamed deterministically
 * before the unique index is made, and each community's aid-package counter starts after the numbers on file.
 */
class NoLostWritesMigrationTest {

    static final String HOURS = "24h,24h,24h,24h,24h,24h,24h";

    @Test
    void v75RenamesDuplicateStationsAndStartsEachCounterAfterTheNumbersOnFile() throws Exception {
        try (EmbeddedPostgres postgres = TestDatabase.startEmbedded()) {
            DataSource db = postgres.getPostgresDatabase();
            flyway(db, versionBeforeV75(db)).migrate();
            JdbcTemplate jdbc = new JdbcTemplate(db);
            long province = jdbc.queryForObject(
                    "insert into region (code, name, level, path) values ('21', '辽宁省', 'PROVINCE', '/') returning id",
                    Long.class);
            long fukang = community(jdbc, province, "210302011001");
            long shannan = community(jdbc, province, "210302011002");
            long first = station(jdbc, "福康驿站", fukang, true);
            long second = station(jdbc, "福康驿站", fukang, true);
            long taken = station(jdbc, "福康驿站 (2)", fukang, true);
            long third = station(jdbc, "福康驿站", fukang, true);
            long elsewhere = station(jdbc, "福康驿站", shannan, true);
            long deleted = station(jdbc, "山南驿站", fukang, false);
            long kept = station(jdbc, "山南驿站", fukang, true);
            aidPackage(jdbc, "KJ210302011001-0003", fukang);
            aidPackage(jdbc, "KJ210302011001-0010", fukang);
            aidPackage(jdbc, "KJB00000001", fukang);
            aidPackage(jdbc, "KJ210302011002-0001", shannan);

            flyway(db, "75").migrate();

            // The oldest keeps its name, the later ones get the first free suffix; other communities, deleted
            // stations and names without a twin stay as they were.
            assertThat(name(jdbc, first)).isEqualTo("福康驿站");
            assertThat(name(jdbc, taken)).isEqualTo("福康驿站 (2)");
            assertThat(name(jdbc, second)).isEqualTo("福康驿站 (3)");
            assertThat(name(jdbc, third)).isEqualTo("福康驿站 (4)");
            assertThat(name(jdbc, elsewhere)).isEqualTo("福康驿站");
            assertThat(name(jdbc, deleted)).isEqualTo("山南驿站");
            assertThat(name(jdbc, kept)).isEqualTo("山南驿站");
            assertThatThrownBy(() -> station(jdbc, "福康驿站", fukang, true)).isInstanceOf(DuplicateKeyException.class);
            assertThat(station(jdbc, "山南驿站", fukang, false))
                    .as("deleted stations may share a name")
                    .isPositive();

            assertThat(jdbc.queryForObject(
                            "select last_number from aid_package_counter where community_id = ?",
                            Integer.class,
                            fukang))
                    .isEqualTo(10);
            assertThat(jdbc.queryForObject(
                            "select last_number from aid_package_counter where community_id = ?",
                            Integer.class,
                            shannan))
                    .isEqualTo(1);
        }
    }

    /** The last migration before V75, whatever other branches numbered theirs. */
    static String versionBeforeV75(DataSource db) {
        MigrationVersion v75 = MigrationVersion.fromVersion("75");
        return Arrays.stream(flyway(db, "latest").info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v.isNewerThan(MigrationVersion.EMPTY.getVersion()) && v75.isNewerThan(v.getVersion()))
                .max(MigrationVersion::compareTo)
                .orElseThrow()
                .getVersion();
    }

    static Flyway flyway(DataSource db, String target) {
        return Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    static long community(JdbcTemplate jdbc, long province, String code) {
        return jdbc.queryForObject(
                "insert into region (code, name, level, parent_id, path) values (?, '社区', 'COMMUNITY', ?, ?) "
                        + "returning id",
                Long.class,
                code,
                province,
                "/" + province + "/");
    }

    static long station(JdbcTemplate jdbc, String name, long community, boolean active) {
        return jdbc.queryForObject(
                "insert into station (name, host_type, address, lat, lng, region_id, opening_hours, active) "
                        + "values (?, 'SHOP', '某路', 41.1, 122.9, ?, ?, ?) returning id",
                Long.class,
                name,
                community,
                HOURS,
                active);
    }

    static void aidPackage(JdbcTemplate jdbc, String code, long community) {
        jdbc.update(
                "insert into aid_package (code, community_id, household_head, household_size, address, difficulty, "
                        + "needs) values (?, ?, '某', 1, '某处', 'OTHER', '需要')",
                code,
                community);
    }

    static String name(JdbcTemplate jdbc, long station) {
        return jdbc.queryForObject("select name from station where id = ?", String.class, station);
    }
}
