package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.DemoAccounts;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.demo.DemoPlan;
import cn.xinjiuye.portal.region.RegionService;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The responsible departments (责任部门) of every demo district, each with the categories routed to it and the account
 * of its staff (password demo2026), set up by the administrator on the first day of the demo's year through {@link
 * DepartmentService} and the account service, as the departments page does it.
 */
@Component
@RequiredArgsConstructor
class DemoDepartments {

    /** A department: its name and phone, its staff account (username, display name), the categories it handles. */
    record Desk(
            String district, String name, String phone, String username, String staffName, Set<CaseCategory> routed) {}

    /** The kinds of department of a district: the name's ending, the username's ending, the categories routed. */
    private static final String[][] KINDS = {
        {"城市管理综合行政执法局", "chengguan"},
        {"消防救援大队", "xiaofang"},
        {"交警大队", "jiaojing"},
        {"住房和城乡建设局", "zhujian"},
        {"人力资源和社会保障局", "renshe"},
        {"民政局", "minzheng"}
    };

    private static final List<Set<CaseCategory>> ROUTED = List.of(
            EnumSet.of(CaseCategory.SANITATION, CaseCategory.OTHER),
            EnumSet.of(CaseCategory.FIRE_SAFETY),
            EnumSet.of(CaseCategory.TRAFFIC, CaseCategory.PARKING),
            EnumSet.of(CaseCategory.PUBLIC_FACILITIES, CaseCategory.HEATING),
            EnumSet.of(CaseCategory.WAGE_ARREARS),
            EnumSet.of(CaseCategory.ELDERLY_DIFFICULTY));

    static final List<Desk> DESKS = Stream.of(
                    // 铁东区: the usernames and names of the earlier demo, which tests and the README use.
                    district(
                            "210302",
                            "铁东区",
                            "",
                            "0412-2221",
                            "001,119,122,003,004,005",
                            "城管局 王磊,消防救援大队 李勇," + "交警大队 张涛,住建局 孙伟,人社局 周敏,民政局 赵丽"),
                    district(
                            "210212",
                            "旅顺口区",
                            "ls",
                            "0411-866",
                            "12301,11119,12122,12403,12504,12605",
                            "旅顺口城管局 陈刚," + "旅顺口消防大队 刘洋,旅顺口交警大队 高峰,旅顺口住建局 马骏,旅顺口人社局 于静,旅顺口民政局 宋红"),
                    district(
                            "210604",
                            "振安区",
                            "za",
                            "0415-621",
                            "2301,1119,2122,2403,2504,2605",
                            "振安城管局 吴斌," + "振安消防大队 郑凯,振安交警大队 冯涛,振安住建局 褚明,振安人社局 卫兰,振安民政局 蒋芳"),
                    // Two departments in the districts without cases of their own in the article.
                    district("210112", "浑南区", "hn", "024-237", "81201,81119", "浑南城管局 韩冰,浑南消防大队 杨帆"),
                    district("210602", "元宝区", "yb", "0415-212", "1301,1119", "元宝城管局 朱琳,元宝消防大队 秦岭"))
            .flatMap(List::stream)
            .toList();

    private final DepartmentService departments;
    private final RegionService regions;
    private final ObjectProvider<DemoAccounts> accounts;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /** The administrator sets up every district's departments, routing rules and department accounts. */
    void plan(DemoPlan plan, LocalDateTime at) {
        ids.clear();
        for (Desk desk : DESKS) {
            plan.at(at, "admin", () -> {
                long district =
                        regions.findByCode(desk.district()).orElseThrow().getId();
                long id =
                        departments.create(district, desk.name(), desk.phone()).getId();
                ids.put(desk.name(), id);
                desk.routed().forEach(category -> departments.route(district, category, id));
                accounts.getObject()
                        .staff(
                                desk.username(),
                                desk.staffName(),
                                Role.DEPARTMENT_STAFF,
                                desk.district(),
                                DemoData.PASSWORD);
                departments.bind(id, desk.username());
            });
        }
    }

    /** The department a category is routed to in the district. */
    static Desk desk(String district, CaseCategory category) {
        return DESKS.stream()
                .filter(d -> d.district().equals(district) && d.routed().contains(category))
                .findFirst()
                .orElseThrow();
    }

    /** Another department of the district (where a case is sent by mistake and given back). */
    static Desk other(String district, CaseCategory category) {
        Desk right = desk(district, category);
        return DESKS.stream()
                .filter(d -> d.district().equals(district) && d != right)
                .findFirst()
                .orElseThrow();
    }

    /** The id of the department once the setup step has run. */
    LongSupplier id(Desk desk) {
        return () -> ids.get(desk.name());
    }

    /**
     * The departments of a district, one of each kind for as many phones as are given (the first two kinds: the city
     * department then handles every category but fire safety).
     */
    private static List<Desk> district(
            String code, String name, String usernamePrefix, String phonePrefix, String phones, String staff) {
        String[] phone = phones.split(",");
        String[] people = staff.split(",");
        List<Desk> desks = new ArrayList<>();
        for (int i = 0; i < phone.length; i++) {
            Set<CaseCategory> routed = phone.length == 2 && i == 0
                    ? EnumSet.complementOf(EnumSet.of(CaseCategory.FIRE_SAFETY))
                    : ROUTED.get(i);
            desks.add(new Desk(
                    code, name + KINDS[i][0], phonePrefix + phone[i], usernamePrefix + KINDS[i][1], people[i], routed));
        }
        return desks;
    }
}
