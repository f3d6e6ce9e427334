package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.DemoAccounts;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.demo.DemoData;
import cn.xinjiuye.portal.demo.DemoPlan;
import cn.xinjiuye.portal.region.RegionService;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
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

    private static final Set<CaseCategory> CITY = EnumSet.of(CaseCategory.SANITATION, CaseCategory.OTHER);
    private static final Set<CaseCategory> ROADS = EnumSet.of(CaseCategory.TRAFFIC, CaseCategory.PARKING);
    private static final Set<CaseCategory> BUILDINGS = EnumSet.of(CaseCategory.PUBLIC_FACILITIES, CaseCategory.HEATING);
    private static final Set<CaseCategory> ALL_BUT_FIRE = EnumSet.complementOf(EnumSet.of(CaseCategory.FIRE_SAFETY));

    static final List<Desk> DESKS = List.of(
            // 铁东区: the usernames of the earlier demo, which tests and the README use.
            new Desk("210302", "铁东区城市管理综合行政执法局", "0412-2221001", "chengguan", "城管局 王磊", CITY),
            new Desk("210302", "铁东区消防救援大队", "0412-2221119", "xiaofang", "消防救援大队 李勇", fire()),
            new Desk("210302", "铁东区交警大队", "0412-2221122", "jiaojing", "交警大队 张涛", ROADS),
            new Desk("210302", "铁东区住房和城乡建设局", "0412-2221003", "zhujian", "住建局 孙伟", BUILDINGS),
            new Desk("210302", "铁东区人力资源和社会保障局", "0412-2221004", "renshe", "人社局 周敏", wages()),
            new Desk("210302", "铁东区民政局", "0412-2221005", "minzheng", "民政局 赵丽", elderly()),
            new Desk("210212", "旅顺口区城市管理综合行政执法局", "0411-86612301", "lschengguan", "旅顺口城管局 陈刚", CITY),
            new Desk("210212", "旅顺口区消防救援大队", "0411-86611119", "lsxiaofang", "旅顺口消防大队 刘洋", fire()),
            new Desk("210212", "旅顺口区交警大队", "0411-86612122", "lsjiaojing", "旅顺口交警大队 高峰", ROADS),
            new Desk("210212", "旅顺口区住房和城乡建设局", "0411-86612403", "lszhujian", "旅顺口住建局 马骏", BUILDINGS),
            new Desk("210212", "旅顺口区人力资源和社会保障局", "0411-86612504", "lsrenshe", "旅顺口人社局 于静", wages()),
            new Desk("210212", "旅顺口区民政局", "0411-86612605", "lsminzheng", "旅顺口民政局 宋红", elderly()),
            new Desk("210604", "振安区城市管理综合行政执法局", "0415-6212301", "zachengguan", "振安城管局 吴斌", CITY),
            new Desk("210604", "振安区消防救援大队", "0415-6211119", "zaxiaofang", "振安消防大队 郑凯", fire()),
            new Desk("210604", "振安区交警大队", "0415-6212122", "zajiaojing", "振安交警大队 冯涛", ROADS),
            new Desk("210604", "振安区住房和城乡建设局", "0415-6212403", "zazhujian", "振安住建局 褚明", BUILDINGS),
            new Desk("210604", "振安区人力资源和社会保障局", "0415-6212504", "zarenshe", "振安人社局 卫兰", wages()),
            new Desk("210604", "振安区民政局", "0415-6212605", "zaminzheng", "振安民政局 蒋芳", elderly()),
            new Desk("210112", "浑南区城市管理综合行政执法局", "024-23781201", "hnchengguan", "浑南城管局 韩冰", ALL_BUT_FIRE),
            new Desk("210112", "浑南区消防救援大队", "024-23781119", "hnxiaofang", "浑南消防大队 杨帆", fire()),
            new Desk("210602", "元宝区城市管理综合行政执法局", "0415-2121301", "ybchengguan", "元宝城管局 朱琳", ALL_BUT_FIRE),
            new Desk("210602", "元宝区消防救援大队", "0415-2121119", "ybxiaofang", "元宝消防大队 秦岭", fire()));

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
                                null,
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

    private static Set<CaseCategory> fire() {
        return EnumSet.of(CaseCategory.FIRE_SAFETY);
    }

    private static Set<CaseCategory> wages() {
        return EnumSet.of(CaseCategory.WAGE_ARREARS);
    }

    private static Set<CaseCategory> elderly() {
        return EnumSet.of(CaseCategory.ELDERLY_DIFFICULTY);
    }
}
