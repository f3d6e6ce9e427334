package cn.xinjiuye.portal.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo's accounts as the administrator made them: the city's staff of 丹东, department staff in every district. */
@IntegrationTest
class AccountDemoDataIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void dandongsCityStaffSignInWithTheDemoPasswordAndNoChangeAsked() {
        Map<String, Object> dandong = jdbc.queryForMap(
                "select a.display_name, a.role, r.code, a.password_hash, a.must_change_password from account a "
                        + "join region r on r.id = a.region_id where a.username = 'dandong'");
        assertThat(dandong)
                .containsEntry("display_name", "丹东市委组织部")
                .containsEntry("role", "ORG_STAFF")
                .containsEntry("code", "210600")
                .containsEntry("must_change_password", false);
        assertThat(encoder.matches(DemoData.PASSWORD, (String) dandong.get("password_hash")))
                .isTrue();
    }

    @Test
    void theAdministratorChangedTheBootstrapPasswordAndNamedThemself() {
        Map<String, Object> admin = jdbc.queryForMap(
                "select display_name, password_hash, must_change_password from account where username = 'admin'");
        assertThat(admin).containsEntry("display_name", "系统管理员").containsEntry("must_change_password", false);
        assertThat(encoder.matches(DemoData.PASSWORD, (String) admin.get("password_hash")))
                .isTrue();
    }

    @Test
    void everyDemoDistrictHasDepartmentStaff() {
        List<String> without = jdbc.queryForList(
                "select r.code from region r where r.level = 'DISTRICT' and r.code = any(?) and not exists ("
                        + "select 1 from account a where a.region_id = r.id and a.role = 'DEPARTMENT_STAFF')",
                String.class,
                (Object) new String[] {"210112", "210212", "210302", "210602", "210604"});
        assertThat(without).isEmpty();
        assertThat(AccountDemoData.ACCOUNTS).extracting(NewAccount::username).doesNotHaveDuplicates();
    }
}
