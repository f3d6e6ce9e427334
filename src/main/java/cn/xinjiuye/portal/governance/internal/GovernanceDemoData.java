package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.demo.JdbcDemoLoader;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: responsible departments of 铁东区 (and one of 旅顺口区) with routing rules and department accounts
 * (xiaofang for the fire brigade …, password demo2026), the Open311 demo key, and a few cases in 福康社区 — one open,
 * one overdue, one closed. Loaded once.
 */
@Component
public class GovernanceDemoData extends JdbcDemoLoader {

    /** The Open311 demo key, printed in the README (only its SHA-256 is stored). */
    static final String DEMO_API_KEY = "demo-open311-key-2026";

    /** The fire brigade's own system (a department's key: it may push updates), printed in the README. */
    static final String DEMO_DEPARTMENT_KEY = "demo-open311-xiaofang-2026";

    private static final Logger log = LoggerFactory.getLogger(GovernanceDemoData.class);

    private final PasswordEncoder encoder;
    private final Clock clock;

    GovernanceDemoData(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
        super(25, jdbc);
        this.clock = clock;
        this.encoder = encoder;
    }

    @Override
    public void load() {
        long tiedong = regionId("210302");
        String hash = encoder.encode("demo2026");
        long chengguan = department(tiedong, "铁东区城市管理综合行政执法局", "0412-2221001", "chengguan", "城管局 王磊", hash);
        long xiaofang = department(tiedong, "铁东区消防救援大队", "0412-2221119", "xiaofang", "消防救援大队 李勇", hash);
        long jiaojing = department(tiedong, "铁东区交警大队", "0412-2221122", "jiaojing", "交警大队 张涛", hash);
        long zhujian = department(tiedong, "铁东区住房和城乡建设局", "0412-2221003", "zhujian", "住建局 孙伟", hash);
        long renshe = department(tiedong, "铁东区人力资源和社会保障局", "0412-2221004", "renshe", "人社局 周敏", hash);
        long minzheng = department(tiedong, "铁东区民政局", "0412-2221005", null, null, hash);
        rule(tiedong, "SANITATION", chengguan);
        rule(tiedong, "FIRE_SAFETY", xiaofang);
        rule(tiedong, "TRAFFIC", jiaojing);
        rule(tiedong, "PARKING", jiaojing);
        rule(tiedong, "PUBLIC_FACILITIES", zhujian);
        rule(tiedong, "ELDERLY_DIFFICULTY", minzheng);
        rule(tiedong, "WAGE_ARREARS", renshe);
        rule(tiedong, "HEATING", zhujian);
        rule(tiedong, "OTHER", chengguan);
        Long lvshun = regionId("210212");
        if (lvshun != null) {
            long lsXf = department(lvshun, "旅顺口区消防救援大队", "0411-86611119", null, null, hash);
            rule(lvshun, "FIRE_SAFETY", lsXf);
        }
        jdbc.update(
                "insert into api_key (name, key_hash, district_ids) values (?, ?, array[?]::bigint[]) on conflict do nothing",
                "微信小程序（演示）",
                ApiKeys.sha256(DEMO_API_KEY),
                tiedong);
        jdbc.update(
                "insert into api_key (name, key_hash, district_ids, department_id) values (?, ?, array[?]::bigint[], ?)"
                        + " on conflict do nothing",
                "消防救援大队系统（演示）",
                ApiKeys.sha256(DEMO_DEPARTMENT_KEY),
                tiedong,
                xiaofang);

        Long fukang = regionId("210302011001");
        if (fukang != null) {
            LocalDate today = LocalDate.now(clock);
            demoCase(
                    "GZDEMO000001",
                    "SNAPSHOT",
                    "SANITATION",
                    "福康街 12 号门前垃圾桶满溢，多日未清运",
                    fukang,
                    "SUBMITTED",
                    null,
                    null,
                    null,
                    "13900000001");
            demoCase(
                    "GZDEMO000002",
                    "HAZARD",
                    "FIRE_SAFETY",
                    "福康小区 3 号楼楼道堆放电动车电池，堵塞消防通道",
                    fukang,
                    "IN_PROGRESS",
                    xiaofang,
                    today.minusDays(10),
                    today.minusDays(3),
                    "13900000001");
            demoCase(
                    "GZDEMO000003",
                    "SNAPSHOT",
                    "TRAFFIC",
                    "山南路与福康街交叉口信号灯损坏",
                    fukang,
                    "CLOSED",
                    jiaojing,
                    today.minusDays(20),
                    today.minusDays(15),
                    "13904120003");
        }
        log.info("Demo governance data loaded: departments of 铁东区, routing rules, department accounts, Open311 key");
    }

    private long department(
            long district, String name, String phone, String username, String displayName, String hash) {
        Long id = jdbc.queryForObject(
                "insert into department (district_id, name, phone) values (?, ?, ?) returning id",
                Long.class,
                district,
                name,
                phone);
        if (username != null) {
            Integer taken =
                    jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username);
            if (taken != null && taken == 0) {
                Long account = jdbc.queryForObject(
                        "insert into account (username, display_name, password_hash, role, region_id) "
                                + "values (?, ?, ?, 'DEPARTMENT_STAFF', ?) returning id",
                        Long.class,
                        username,
                        displayName,
                        hash,
                        district);
                jdbc.update("insert into department_account (account_id, department_id) values (?, ?)", account, id);
            }
        }
        return id;
    }

    private void rule(long district, String category, long department) {
        jdbc.update(
                "insert into routing_rule (district_id, category, department_id) values (?, ?, ?)",
                district,
                category,
                department);
    }

    private void demoCase(
            String no,
            String source,
            String category,
            String description,
            long community,
            String status,
            Long department,
            LocalDate started,
            LocalDate due,
            String phone) {
        Long id = jdbc.queryForObject(
                """
                insert into gov_case (case_no, source, category, description, lat, lng, community_id, status, department_id,
                                      reporter_name, reporter_phone, filed_by, started_on, due_on, submitted_at,
                                      accepted_at, resolved_at, closed_at, resolution_note)
                values (?, ?, ?, ?, 41.1100, 122.9900, ?, ?, ?, '演示', ?, 'demo', ?, ?, now() - interval '12 days',
                        case when ? <> 'SUBMITTED' then now() - interval '11 days' end,
                        case when ? = 'CLOSED' then now() - interval '9 days' end,
                        case when ? = 'CLOSED' then now() - interval '8 days' end,
                        case when ? = 'CLOSED' then '已更换信号灯控制器' end)
                returning id
                """,
                Long.class,
                no,
                source,
                category,
                description,
                community,
                status,
                department,
                phone,
                started,
                due,
                status,
                status,
                status,
                status);
        // The moderation default of GovCase: public unless a concern-list item.
        jdbc.update(
                "update gov_case set public_text = description, public_visible = source <> 'RECEPTION' where id = ?",
                id);
        jdbc.update(
                "insert into case_event (case_id, actor, action, public_step, at) values (?, 'demo', 'SUBMIT', true, now() - interval '12 days')",
                id);
        if (!"SUBMITTED".equals(status)) {
            jdbc.update(
                    "insert into case_event (case_id, actor, action, public_step, at) values (?, 'fukang', 'ACCEPT', true, now() - interval '11 days')",
                    id);
            jdbc.update(
                    "insert into case_event (case_id, actor, action, note, public_step, at) values (?, 'fukang', 'ASSIGN', "
                            + "(select name from department where id = ?), true, now() - interval '11 days')",
                    id,
                    department);
        }
        // A closed demo case went the whole way: its public timeline shows it resolved and closed too, as a real
        // one's does (CaseWorkflowService records both steps as public).
        if ("CLOSED".equals(status)) {
            jdbc.update(
                    "insert into case_event (case_id, actor, action, note, public_step, at) values (?, 'demo', 'RESOLVE', "
                            + "'已更换信号灯控制器', true, now() - interval '9 days')",
                    id);
            jdbc.update(
                    "insert into case_event (case_id, actor, action, public_step, at) values (?, 'fukang', 'VERIFY', true, now() - interval '8 days')",
                    id);
        }
    }

    private Long regionId(String code) {
        return jdbc.query("select id from region where code = ?", rs -> rs.next() ? rs.getLong(1) : null, code);
    }
}
