package cn.xinjiuye.portal.account.internal;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.demo.DemoLoader;
import cn.xinjiuye.portal.demo.DemoOrder;
import cn.xinjiuye.portal.demo.DemoPlan;
import java.time.LocalDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: the demo's accounts, one per role and the departments' staff of every demo district, made as a
 * real start makes them. The first administrator comes from the bootstrap with a one-time password, which they
 * change at their first sign-in; then, once the regions are there ({@link DemoData}, from 08:10), they create the
 * other accounts, each with the password its owner chose, {@value DemoData#PASSWORD}. The departments, their
 * staff's accounts and which account serves which are governance's demo.
 */
@Component
@Order(DemoOrder.REGIONS_AND_ACCOUNTS)
@RequiredArgsConstructor
class AccountDemoData implements DemoLoader {

    /** The bootstrap's password, changed at the administrator's first sign-in. */
    private static final String ONE_TIME = "first-start-" + DemoData.PASSWORD;

    static final List<NewAccount> ACCOUNTS = List.of(
            staff("tiedong", "铁东区委组织部", "13904120001", Role.ORG_STAFF, "210302"),
            staff("lvshun", "旅顺口区委组织部", "13904110002", Role.ORG_STAFF, "210212"),
            staff("zhenan", "振安区委组织部", "13904150003", Role.ORG_STAFF, "210604"),
            staff("dandong", "丹东市委组织部", "13904150011", Role.ORG_STAFF, "210600"),
            staff("shannan", "山南街道党工委", "13904120004", Role.STREET_STAFF, "210302011"),
            staff("fukang", "福康社区书记", "13904120005", Role.COMMUNITY_SECRETARY, "210302011001"),
            staff("shannanshequ", "山南社区书记", "13904120006", Role.COMMUNITY_SECRETARY, "210302011002"),
            staff("huangjin", "黄金社区书记", "13904110007", Role.COMMUNITY_SECRETARY, "210212003001"),
            staff("zhibu", "送餐快递小哥联合党支部书记", "13904120008", Role.BRANCH_SECRETARY, "210302011001"),
            new NewAccount("13900000001", "快递小哥王师傅", "13900000001", Role.WORKER, null, Occupation.COURIER));

    private final AccountService accounts;
    private final PasswordEncoder encoder;

    @Override
    public void plan(DemoPlan plan) {
        LocalDateTime start = plan.firstDay().atTime(8, 0);
        plan.anonymous(start, () -> accounts.bootstrapAdministrator(DemoData.ADMIN, ONE_TIME));
        plan.at(
                start.plusMinutes(2),
                DemoData.ADMIN,
                () -> accounts.changeOwnPassword(ONE_TIME, DemoData.PASSWORD, null));
        plan.at(start.plusMinutes(4), DemoData.ADMIN, () -> {
            Account admin = accounts.get(CurrentUsers.require().id());
            accounts.edit(admin.getId(), admin.getVersion(), "系统管理员", null, Role.ADMIN, null);
        });
        LocalDateTime at = plan.firstDay().atTime(9, 0);
        // One hash for all: BCrypt's cost per account would take seconds of the demo's load.
        String hash = encoder.encode(DemoData.PASSWORD);
        for (NewAccount a : ACCOUNTS) {
            plan.at(at, DemoData.ADMIN, () -> accounts.createForDemo(a, hash));
            at = at.plusMinutes(3);
        }
    }

    private static NewAccount staff(String username, String name, String phone, Role role, String region) {
        return new NewAccount(username, name, phone, role, region, null);
    }
}
