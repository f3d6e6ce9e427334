package cn.xinjiuye.portal.demo;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo mode only (the default profile "demo", never "prod"; see {@link DemoLoader}): the regions of the source article
 * and one account per role, all with the password {@value #PASSWORD}. Loaded first (order 10) and once; a restart
 * finds it and leaves everything as it is. Street, community and grid codes below district level are illustrative, in
 * the official format.
 */
@Component
public class DemoData extends JdbcDemoLoader {

    public static final String PASSWORD = "demo2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final PasswordEncoder encoder;
    private final Map<String, Long> regionIds = new HashMap<>();

    DemoData(JdbcTemplate jdbc, PasswordEncoder encoder) {
        super(10, jdbc);
        this.encoder = encoder;
    }

    @Override
    public void load() {
        region("210000", "辽宁省", "PROVINCE", null);
        region("210100", "沈阳市", "CITY", "210000");
        region("210112", "浑南区", "DISTRICT", "210100");
        region("210112001", "五三街道", "STREET", "210112");
        region("210200", "大连市", "CITY", "210000");
        region("210212", "旅顺口区", "DISTRICT", "210200");
        region("210212003", "得胜街道", "STREET", "210212");
        region("210212003001", "黄金社区", "COMMUNITY", "210212003");
        region("210212003001001", "黄金社区第一网格", "GRID", "210212003001");
        region("210300", "鞍山市", "CITY", "210000");
        region("210302", "铁东区", "DISTRICT", "210300");
        region("210302011", "山南街道", "STREET", "210302");
        region("210302011001", "福康社区", "COMMUNITY", "210302011");
        region("210302011001001", "福康社区第一网格", "GRID", "210302011001");
        region("210302011001002", "福康社区第二网格", "GRID", "210302011001");
        region("210302011002", "山南社区", "COMMUNITY", "210302011");
        region("210302012", "园林街道", "STREET", "210302");
        region("210302012001", "园林社区", "COMMUNITY", "210302012");
        region("210600", "丹东市", "CITY", "210000");
        region("210602", "元宝区", "DISTRICT", "210600");
        region("210602002", "七道街道", "STREET", "210602");
        region("210602002001", "安东老街社区", "COMMUNITY", "210602002");
        region("210604", "振安区", "DISTRICT", "210600");
        region("210604001", "鸭绿江街道", "STREET", "210604");
        region("210604001001", "珍珠社区", "COMMUNITY", "210604001");

        account("admin", "系统管理员", null, "ADMIN", null, null);
        account("tiedong", "铁东区委组织部", "13904120001", "ORG_STAFF", "210302", null);
        account("lvshun", "旅顺口区委组织部", "13904110002", "ORG_STAFF", "210212", null);
        account("zhenan", "振安区委组织部", "13904150003", "ORG_STAFF", "210604", null);
        account("shannan", "山南街道党工委", "13904120004", "STREET_STAFF", "210302011", null);
        account("fukang", "福康社区书记", "13904120005", "COMMUNITY_SECRETARY", "210302011001", null);
        account("shannanshequ", "山南社区书记", "13904120006", "COMMUNITY_SECRETARY", "210302011002", null);
        account("huangjin", "黄金社区书记", "13904110007", "COMMUNITY_SECRETARY", "210212003001", null);
        account("zhibu", "送餐快递小哥联合党支部书记", "13904120008", "BRANCH_SECRETARY", "210302011001", null);
        account("13900000001", "快递小哥王师傅", "13900000001", "WORKER", null, "COURIER");
        log.info("Demo data loaded: regions of the article and one account per role (password '{}')", PASSWORD);
    }

    private void region(String code, String name, String level, String parentCode) {
        Long parentId = parentCode == null ? null : regionIds.get(parentCode);
        String parentPath = parentId == null
                ? "/"
                : jdbc.queryForObject("select path from region where id = ?", String.class, parentId);
        Long id = jdbc.queryForObject(
                "insert into region (code, name, level, parent_id, path) values (?, ?, ?, ?, '/') " + "returning id",
                Long.class,
                code,
                name,
                level,
                parentId);
        jdbc.update("update region set path = ? where id = ?", parentPath + id + "/", id);
        regionIds.put(code, id);
    }

    private void account(
            String username, String name, String phone, String role, String regionCode, String occupation) {
        jdbc.update(
                "insert into account (username, display_name, phone, password_hash, role, region_id, occupation) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                username,
                name,
                phone,
                encoder.encode(PASSWORD),
                role,
                regionCode == null ? null : regionIds.get(regionCode),
                occupation);
    }

    /** The id of a demo region, for feature demo loaders that run after this one. */
    public Long regionId(String code) {
        return jdbc.queryForObject("select id from region where code = ?", Long.class, code);
    }
}
