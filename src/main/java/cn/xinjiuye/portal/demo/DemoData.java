package cn.xinjiuye.portal.demo;

import cn.xinjiuye.portal.region.RegionService;
import java.time.LocalDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only (the default profile "demo", never "prod"; see {@link DemoLoader}): the regions of the source
 * article, set up by the administrator through the region service on the morning of the demo's first day; the
 * accounts follow (the account module's demo, all with the password {@value #PASSWORD}). Street, community and grid
 * codes below district level are illustrative, in the official format.
 */
@Component
@Order(DemoOrder.REGIONS_AND_ACCOUNTS)
@RequiredArgsConstructor
public class DemoData implements DemoLoader {

    /** The password of every demo account. */
    public static final String PASSWORD = "demo2026";

    /** The administrator, who sets up the regions and the accounts. */
    public static final String ADMIN = "admin";

    /** A region as the administrator types it in: its parent's code (null: the province), its code and name. */
    record Node(String parent, String code, String name) {}

    static final List<Node> REGIONS = List.of(
            new Node(null, "210000", "辽宁省"),
            new Node("210000", "210100", "沈阳市"),
            new Node("210100", "210112", "浑南区"),
            new Node("210112", "210112001", "五三街道"),
            new Node("210000", "210200", "大连市"),
            new Node("210200", "210212", "旅顺口区"),
            new Node("210212", "210212003", "得胜街道"),
            new Node("210212003", "210212003001", "黄金社区"),
            new Node("210212003001", "210212003001001", "黄金社区第一网格"),
            new Node("210000", "210300", "鞍山市"),
            new Node("210300", "210302", "铁东区"),
            new Node("210302", "210302011", "山南街道"),
            new Node("210302011", "210302011001", "福康社区"),
            new Node("210302011001", "210302011001001", "福康社区第一网格"),
            new Node("210302011001", "210302011001002", "福康社区第二网格"),
            new Node("210302011", "210302011002", "山南社区"),
            new Node("210302", "210302012", "园林街道"),
            new Node("210302012", "210302012001", "园林社区"),
            new Node("210302012", "210302012002", "烈士山社区"),
            new Node("210302", "210302013", "新兴街道"),
            new Node("210302013", "210302013001", "新兴社区"),
            new Node("210302013", "210302013002", "民生社区"),
            new Node("210000", "210600", "丹东市"),
            new Node("210600", "210602", "元宝区"),
            new Node("210602", "210602002", "七道街道"),
            new Node("210602002", "210602002001", "安东老街社区"),
            new Node("210600", "210604", "振安区"),
            new Node("210604", "210604001", "鸭绿江街道"),
            new Node("210604001", "210604001001", "珍珠社区"));

    private final RegionService regions;

    /** One region a minute from 08:10 of the first day, after the administrator's first sign-in. */
    @Override
    public void plan(DemoPlan plan) {
        LocalDateTime at = plan.firstDay().atTime(8, 10);
        for (Node node : REGIONS) {
            plan.at(at, ADMIN, () -> regions.create(node.parent(), node.code(), node.name()));
            at = at.plusMinutes(1);
        }
    }
}
